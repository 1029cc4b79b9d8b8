package vn.lachan.mediation.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import vn.lachan.mediation.MediationCaseConcluded;
import vn.lachan.mediation.MediationCaseEscalated;
import vn.lachan.mediation.MediationCaseFacts;
import vn.lachan.mediation.MediationCaseOpened;
import vn.lachan.mediation.MediationOutcome;
import vn.lachan.mediation.MediationSessionHeld;
import vn.lachan.shared.crypto.FieldEncryptor;

/**
 * Writes cases and their parts; parties' details are encrypted here. Every write
 * publishes its small past-tense event (no party's details in it).
 */
@Component
class CaseWrites {

	private final JdbcClient jdbc;

	private final FieldEncryptor encryptor;

	private final ApplicationEventPublisher events;

	CaseWrites(JdbcClient jdbc, FieldEncryptor encryptor, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.encryptor = encryptor;
		this.events = events;
	}

	long insertCase(CaseOpening opening, Instant assignedAt, long createdBy) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO mediation_case (unit_id, team_id, grounds, dispute_kind, summary, received_on, assigned_at,
				  status, created_by, created_at)
				VALUES (:unit, :team, :grounds, :kind, :summary, :received, :assigned, 'OPEN', :by, :assigned)
				""")
			.param("unit", opening.unitId())
			.param("team", opening.teamId())
			.param("grounds", opening.grounds().name())
			.param("kind", opening.kind().name())
			.param("summary", opening.summary())
			.param("received", opening.receivedOn())
			.param("assigned", java.sql.Timestamp.from(assignedAt))
			.param("by", createdBy)
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		List<PartyDetails> parties = opening.parties();
		for (int i = 0; i < parties.size(); i++) {
			PartyDetails party = parties.get(i);
			this.jdbc.sql("""
					INSERT INTO mediation_party (case_id, position, invited, name_encrypted, contact_encrypted,
					  address_encrypted) VALUES (:case, :position, :invited, :name, :contact, :address)
					""")
				.param("case", id)
				.param("position", i + 1)
				.param("invited", party.invited())
				.param("name", this.encryptor.encrypt(party.name()))
				.param("contact", encryptOrNull(party.contact()))
				.param("address", encryptOrNull(party.address()))
				.update();
		}
		for (Long mediator : opening.mediatorIds()) {
			this.jdbc.sql("INSERT INTO mediation_mediator (case_id, person_id) VALUES (:case, :person)")
				.param("case", id)
				.param("person", mediator)
				.update();
		}
		this.events.publishEvent(new MediationCaseOpened(
				new MediationCaseFacts(id, opening.unitId(), opening.kind().name(), opening.receivedOn())));
		return id;
	}

	long insertSession(MediationCaseFacts facts, SessionDetails session) {
		long caseId = facts.caseId();
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO mediation_session (case_id, held_on, place, attendees, notes)
				VALUES (:case, :held, :place, :attendees, :notes)
				""")
			.param("case", caseId)
			.param("held", session.heldOn())
			.param("place", session.place())
			.param("attendees", session.attendees())
			.param("notes", session.notes())
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		this.events.publishEvent(new MediationSessionHeld(facts, id, session.heldOn()));
		return id;
	}

	void close(MediationCaseFacts facts, CaseOutcome outcome) {
		long caseId = facts.caseId();
		this.jdbc
			.sql("UPDATE mediation_case SET status = :status, outcome_note = :note, closed_on = :closed WHERE id = :id")
			.param("status", outcome.status().name())
			.param("note", outcome.note())
			.param("closed", outcome.closedOn())
			.param("id", caseId)
			.update();
		AgreementParts a = outcome.agreement();
		if (a != null) {
			this.jdbc
				.sql("""
						INSERT INTO mediation_agreement (case_id, grounds, parties_encrypted, content, course, solution, obligations,
						  performance, signed)
						VALUES (:case, :grounds, :parties, :content, :course, :solution, :obligations, :performance, :signed)
						""")
				.param("case", caseId)
				.param("grounds", a.grounds())
				.param("parties", this.encryptor.encrypt(a.parties()))
				.param("content", a.content())
				.param("course", a.course())
				.param("solution", a.solution())
				.param("obligations", a.obligations())
				.param("performance", a.performance())
				.param("signed", a.signed())
				.update();
		}
		this.events.publishEvent(new MediationCaseConcluded(facts, MediationOutcome.valueOf(outcome.status().name()),
				outcome.closedOn()));
	}

	long insertFollowUp(long caseId, FollowUp followUp, long by, Instant at) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO mediation_follow_up (case_id, checked_on, performance, note, created_by, created_at)
				VALUES (:case, :checked, :performance, :note, :by, :at)
				""")
			.param("case", caseId)
			.param("checked", followUp.checkedOn())
			.param("performance", followUp.performance().name())
			.param("note", followUp.note())
			.param("by", by)
			.param("at", java.sql.Timestamp.from(at))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	void linkTip(MediationCaseFacts facts, long tipId, java.time.LocalDate on) {
		long caseId = facts.caseId();
		this.jdbc.sql("UPDATE mediation_case SET tip_id = :tip WHERE id = :id")
			.param("tip", tipId)
			.param("id", caseId)
			.update();
		this.events.publishEvent(new MediationCaseEscalated(facts, tipId, on));
	}

	private String encryptOrNull(String plain) {
		return (plain == null || plain.isBlank()) ? null : this.encryptor.encrypt(plain);
	}

}

package vn.lachan.mediation.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import vn.lachan.shared.crypto.FieldEncryptor;

/** Writes cases and their parts; parties' details are encrypted here. */
@Component
class CaseWrites {

	private final JdbcClient jdbc;

	private final FieldEncryptor encryptor;

	CaseWrites(JdbcClient jdbc, FieldEncryptor encryptor) {
		this.jdbc = jdbc;
		this.encryptor = encryptor;
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
		return id;
	}

	long insertSession(long caseId, SessionDetails session) {
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
		return keys.getKeyAs(Number.class).longValue();
	}

	void close(long caseId, CaseOutcome outcome) {
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
						INSERT INTO mediation_agreement (case_id, grounds, parties, content, course, solution, obligations,
						  performance, signed)
						VALUES (:case, :grounds, :parties, :content, :course, :solution, :obligations, :performance, :signed)
						""")
				.param("case", caseId)
				.param("grounds", a.grounds())
				.param("parties", a.parties())
				.param("content", a.content())
				.param("course", a.course())
				.param("solution", a.solution())
				.param("obligations", a.obligations())
				.param("performance", a.performance())
				.param("signed", a.signed())
				.update();
		}
	}

	void linkTip(long caseId, long tipId) {
		this.jdbc.sql("UPDATE mediation_case SET tip_id = :tip WHERE id = :id")
			.param("tip", tipId)
			.param("id", caseId)
			.update();
	}

	private String encryptOrNull(String plain) {
		return (plain == null || plain.isBlank()) ? null : this.encryptor.encrypt(plain);
	}

}

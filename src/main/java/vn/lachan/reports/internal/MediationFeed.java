package vn.lachan.reports.internal;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.lachan.mediation.MediationCaseConcluded;
import vn.lachan.mediation.MediationCaseEscalated;
import vn.lachan.mediation.MediationCaseFacts;
import vn.lachan.mediation.MediationCaseOpened;
import vn.lachan.mediation.MediationSessionHeld;

/**
 * Keeps the reports module's copy of mediation cases and their sessions. Idempotent and
 * order-tolerant: every event carries the case's facts, so whichever arrives first files
 * the case, and each event sets only what it knows.
 */
@Component
class MediationFeed {

	private static final String INSERT_CASE = """
			INSERT INTO report_mediation_case (case_id, unit_id, dispute_kind, received_on, outcome, closed_on, tip_id)
			VALUES (:id, :unit, :kind, :received, :outcome, :closed, :tip)
			ON CONFLICT DO NOTHING""";

	private static final String UPDATE_FACTS = """
			UPDATE report_mediation_case SET unit_id = :unit, dispute_kind = :kind, received_on = :received
			WHERE case_id = :id""";

	private static final String UPDATE_OUTCOME = """
			UPDATE report_mediation_case SET unit_id = :unit, dispute_kind = :kind, received_on = :received,
			  outcome = :outcome, closed_on = :closed
			WHERE case_id = :id""";

	private static final String UPDATE_TIP = """
			UPDATE report_mediation_case SET unit_id = :unit, dispute_kind = :kind, received_on = :received, tip_id = :tip
			WHERE case_id = :id""";

	private static final String INSERT_SESSION = """
			INSERT INTO report_mediation_session (session_id, case_id, held_on) VALUES (:session, :id, :held)
			ON CONFLICT DO NOTHING""";

	private static final String UPDATE_SESSION = """
			UPDATE report_mediation_session SET case_id = :id, held_on = :held WHERE session_id = :session""";

	private final JdbcClient jdbc;

	MediationFeed(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(MediationCaseOpened event) {
		FeedRows.upsert(this.jdbc, INSERT_CASE, UPDATE_FACTS, params(event.mediationCase()));
	}

	@ApplicationModuleListener
	void on(MediationSessionHeld event) {
		Map<String, Object> params = params(event.mediationCase());
		FeedRows.upsert(this.jdbc, INSERT_CASE, UPDATE_FACTS, params);
		params.put("session", event.sessionId());
		params.put("held", event.heldOn());
		FeedRows.upsert(this.jdbc, INSERT_SESSION, UPDATE_SESSION, params);
	}

	@ApplicationModuleListener
	void on(MediationCaseConcluded event) {
		Map<String, Object> params = params(event.mediationCase());
		params.put("outcome", event.outcome().name());
		params.put("closed", event.closedOn());
		FeedRows.upsert(this.jdbc, INSERT_CASE, UPDATE_OUTCOME, params);
	}

	@ApplicationModuleListener
	void on(MediationCaseEscalated event) {
		Map<String, Object> params = params(event.mediationCase());
		params.put("tip", event.tipId());
		FeedRows.upsert(this.jdbc, INSERT_CASE, UPDATE_TIP, params);
	}

	private static Map<String, Object> params(MediationCaseFacts facts) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", facts.caseId());
		params.put("unit", facts.unitId());
		params.put("kind", facts.kind());
		params.put("received", facts.receivedOn());
		params.put("outcome", null);
		params.put("closed", null);
		params.put("tip", null);
		return params;
	}

}

package vn.lachan.reports.internal;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.lachan.streets.ViolationChanged;
import vn.lachan.streets.ViolationFacts;
import vn.lachan.streets.ViolationsRecorded;

/**
 * Keeps the reports module's copy of urban-order violations. Idempotent and
 * order-tolerant: a fact is applied only when its version is newer than the stored one.
 */
@Component
class StreetsFeed {

	private static final String INSERT = """
			INSERT INTO report_violation (violation_id, version, unit_id, type_code, step, occurred_on, fine_amount,
			  decided_on, paid_on, closed_on)
			VALUES (:id, :version, :unit, :type, :step, :occurred, :fine, :decided, :paid, :closed)
			ON CONFLICT DO NOTHING""";

	private static final String UPDATE = """
			UPDATE report_violation SET version = :version, unit_id = :unit, type_code = :type, step = :step,
			  occurred_on = :occurred, fine_amount = :fine, decided_on = :decided, paid_on = :paid, closed_on = :closed
			WHERE violation_id = :id AND version < :version""";

	private final JdbcClient jdbc;

	StreetsFeed(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(ViolationChanged event) {
		apply(event.facts());
	}

	@ApplicationModuleListener
	void on(ViolationsRecorded event) {
		event.facts().forEach(this::apply);
	}

	void apply(ViolationFacts facts) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", facts.violationId());
		params.put("version", facts.version());
		params.put("unit", facts.unitId());
		params.put("type", facts.typeCode());
		params.put("step", facts.step().name());
		params.put("occurred", facts.occurredOn());
		params.put("fine", facts.fineAmount());
		params.put("decided", facts.decidedOn());
		params.put("paid", facts.paidOn());
		params.put("closed", facts.closedOn());
		FeedRows.upsert(this.jdbc, INSERT, UPDATE, params);
	}

}

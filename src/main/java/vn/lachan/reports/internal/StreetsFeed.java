package vn.lachan.reports.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.lachan.streets.ViolationChanged;
import vn.lachan.streets.ViolationFacts;
import vn.lachan.streets.ViolationsRecorded;

/**
 * Keeps the reports module's copy of urban-order violations and its rollups
 * ({@code report_violation_count}). Idempotent and order-tolerant: a fact is applied only
 * when its version is newer than the stored one, and then its old figures are taken out
 * of the rollups and its new ones added.
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

	/**
	 * Rollup keys (unit, grain, period, dimension, value) in the order rows are written.
	 */
	private static final Comparator<List<Object>> KEY_ORDER = Comparator
		.<List<Object>>comparingLong((k) -> (Long) k.get(0))
		.thenComparing((k) -> (String) k.get(1))
		.thenComparing((k) -> (LocalDate) k.get(2))
		.thenComparing((k) -> (String) k.get(3))
		.thenComparing((k) -> (String) k.get(4));

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
		applyAll(event.facts());
	}

	void apply(ViolationFacts facts) {
		applyAll(List.of(facts));
	}

	/**
	 * Applies facts committed together in one transaction: each violation's copy row is
	 * locked in the order of the violations' ids, and only then are the rollups written,
	 * once, in the order of their keys. Every listener takes its locks in that order
	 * (copies before rollups), so two listeners never wait for each other in a circle.
	 */
	void applyAll(List<ViolationFacts> facts) {
		Map<List<Object>, long[]> changes = new TreeMap<>(KEY_ORDER);
		facts.stream()
			.sorted(Comparator.comparingLong(ViolationFacts::violationId).thenComparingInt(ViolationFacts::version))
			.forEach((f) -> collect(f, changes));
		changes.forEach(this::write);
	}

	/**
	 * Brings one violation's copy up to the fact (when the fact is newer) and adds the
	 * difference to the changes.
	 */
	private void collect(ViolationFacts facts, Map<List<Object>, long[]> changes) {
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
		if (this.jdbc.sql(INSERT).params(params).update() == 0) {
			// the row's lock first, then a statement of its own to read it: a listener
			// that
			// waited for another's commit reads what that one wrote (H2 would otherwise
			// hand
			// a SELECT … FOR UPDATE the row as the statement began, and the rollups
			// drift)
			this.jdbc.sql("UPDATE report_violation SET version = version WHERE violation_id = :id")
				.params(params)
				.update();
			List<Figures> old = this.jdbc.sql("""
					SELECT unit_id, type_code, step, occurred_on, fine_amount, decided_on, paid_on FROM report_violation
					WHERE violation_id = :id AND version < :version FOR UPDATE""")
				.params(params)
				.query((rs, row) -> new Figures(rs.getLong(1), rs.getString(2), rs.getString(3),
						rs.getObject(4, LocalDate.class), rs.getObject(5, Long.class), rs.getObject(6, LocalDate.class),
						rs.getObject(7, LocalDate.class)))
				.list();
			if (old.isEmpty() || this.jdbc.sql(UPDATE).params(params).update() == 0) {
				return;
			}
			old.get(0).addTo(changes, -1);
		}
		new Figures(facts.unitId(), facts.typeCode(), facts.step().name(), facts.occurredOn(), facts.fineAmount(),
				facts.decidedOn(), facts.paidOn())
			.addTo(changes, 1);
	}

	/**
	 * Adds one row's change to the rollups (rows are written in the order of their keys,
	 * so two listeners lock them in the same order); a row created by a concurrent
	 * listener is added to, one that falls to zero removed.
	 */
	private void write(List<Object> key, long[] delta) {
		if (Arrays.stream(delta).allMatch((d) -> d == 0)) {
			return;
		}
		Map<String, Object> params = new HashMap<>();
		params.put("unit", key.get(0));
		params.put("grain", key.get(1));
		params.put("period", key.get(2));
		params.put("dimension", key.get(3));
		params.put("value", key.get(4));
		params.put("n", delta[0]);
		params.put("decided", delta[1]);
		params.put("decidedAmount", delta[2]);
		params.put("paid", delta[3]);
		params.put("paidAmount", delta[4]);
		String where = " WHERE unit_id = :unit AND grain = :grain AND period_on = :period"
				+ " AND dimension = :dimension AND dim_value = :value";
		String update = """
				UPDATE report_violation_count SET violations = violations + :n, decided_fines = decided_fines + :decided,
				  decided_amount = decided_amount + :decidedAmount, paid_fines = paid_fines + :paid,
				  paid_amount = paid_amount + :paidAmount"""
				+ where;
		if (this.jdbc.sql(update).params(params).update() == 0 && this.jdbc.sql("""
				INSERT INTO report_violation_count (unit_id, grain, period_on, dimension, dim_value, violations,
				  decided_fines, decided_amount, paid_fines, paid_amount)
				VALUES (:unit, :grain, :period, :dimension, :value, :n, :decided, :decidedAmount, :paid, :paidAmount)
				ON CONFLICT DO NOTHING""").params(params).update() == 0) {
			this.jdbc.sql(update).params(params).update();
		}
		if (delta[0] < 0) {
			this.jdbc.sql("DELETE FROM report_violation_count" + where + " AND violations = 0").params(params).update();
		}
	}

	/**
	 * What a violation adds to the rollups: one row per grain (day, month) and dimension
	 * (type, step), with the violation, its decided fine and its paid fine (a fine counts
	 * when it has an amount).
	 */
	private record Figures(long unitId, String type, String step, LocalDate occurredOn, Long fine, LocalDate decidedOn,
			LocalDate paidOn) {

		void addTo(Map<List<Object>, long[]> changes, int delta) {
			boolean fined = this.fine != null;
			long decided = (fined && this.decidedOn != null) ? delta : 0;
			long paid = (fined && this.paidOn != null) ? delta : 0;
			long amount = fined ? this.fine : 0;
			for (String grain : List.of(TipCounts.DAY, TipCounts.MONTH)) {
				LocalDate period = grain.equals(TipCounts.DAY) ? this.occurredOn : this.occurredOn.withDayOfMonth(1);
				for (List<String> dimension : List.of(List.of("step", this.step), List.of("type", this.type))) {
					long[] row = changes.computeIfAbsent(
							List.of(this.unitId, grain, period, dimension.get(0), dimension.get(1)),
							(k) -> new long[5]);
					row[0] += delta;
					row[1] += decided;
					row[2] += decided * amount;
					row[3] += paid;
					row[4] += paid * amount;
				}
			}
		}

	}

}

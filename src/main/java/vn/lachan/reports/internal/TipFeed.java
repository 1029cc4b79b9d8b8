package vn.lachan.reports.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.lachan.shared.jdbc.MultiRowInsert;
import vn.lachan.tips.OutcomeKind;
import vn.lachan.tips.TipChanged;
import vn.lachan.tips.TipFacts;
import vn.lachan.tips.TipReceived;
import vn.lachan.tips.TipStatus;
import vn.lachan.tips.TipsReceived;

import static vn.lachan.shared.time.VietnamTime.utc;

/**
 * Keeps the reports module's copy of tip figures and its rollups ({@link TipCounts}).
 * Idempotent and order-tolerant: a fact is applied only when its version is newer than
 * the stored one, and then its old figures are taken out of the rollups and its new ones
 * added.
 */
@Component
class TipFeed {

	private static final String INSERT = """
			INSERT INTO report_tip (tip_id, version, unit_id, category_code, channel, status, urgent, received_at,
			  classify_by, forward_by, classified_at, closed_at)
			VALUES (:id, :version, :unit, :category, :channel, :status, :urgent, :received, :classifyBy,
			  :forwardBy, :classifiedAt, :closedAt)
			ON CONFLICT DO NOTHING""";

	private static final MultiRowInsert NEW_TIPS = new MultiRowInsert(
			"report_tip", List.of("tip_id", "version", "unit_id", "category_code", "channel", "status", "urgent",
					"received_at", "classify_by", "forward_by", "classified_at", "closed_at"),
			"ON CONFLICT DO NOTHING");

	private static final MultiRowInsert NEW_OPEN_TIPS = new MultiRowInsert("report_open_tip",
			List.of("tip_id", "unit_id", "received_at", "due_at"), "");

	private final JdbcClient jdbc;

	private final JdbcTemplate rows;

	TipFeed(JdbcClient jdbc, JdbcTemplate rows) {
		this.jdbc = jdbc;
		this.rows = rows;
	}

	@ApplicationModuleListener
	void on(TipReceived event) {
		apply(event.facts());
	}

	/**
	 * Tips committed together: multi-row inserts. When some rows were already there (a
	 * redelivered event), every tip of the event takes the one-by-one path, which applies
	 * only what is newer.
	 */
	@ApplicationModuleListener
	void on(TipsReceived event) {
		List<TipFacts> tips = event.facts();
		long known = this.jdbc.sql("SELECT COUNT(*) FROM report_tip WHERE tip_id IN (:ids)")
			.param("ids", tips.stream().map(TipFacts::tipId).toList())
			.query(Long.class)
			.single();
		if (known > 0) {
			applyAll(tips);
			return;
		}
		int inserted = NEW_TIPS.insert(this.rows, tips.stream().map(TipFeed::values).toList());
		if (inserted != tips.size()) {
			// another delivery of the same event got there first: roll back, the
			// publication is retried and then applies only what is newer
			throw new IllegalStateException("Tips of this event were copied concurrently");
		}
		NEW_OPEN_TIPS.insert(this.rows, tips.stream()
			.filter((facts) -> facts.status().isOpen())
			.map((facts) -> new Object[] { facts.tipId(), facts.unitId(), utc(facts.receivedAt()), utc(dueAt(facts)) })
			.toList());
		TipCounts counts = new TipCounts();
		for (TipFacts facts : tips) {
			counts.add(1, facts.unitId(), facts.receivedAt(), facts.categoryCode(), facts.channel().name(),
					facts.status().name());
			if (!facts.outcomes().isEmpty()) {
				replaceOutcomes(facts, counts);
			}
		}
		write(counts);
	}

	@ApplicationModuleListener
	void on(TipChanged event) {
		apply(event.facts());
	}

	void apply(TipFacts facts) {
		applyAll(List.of(facts));
	}

	/**
	 * Applies facts in one transaction: each tip's copy row is locked in the order of the
	 * tips' ids, and only then are the rollups written, once, in the order of their keys.
	 * Every listener takes its locks in that order (copies before rollups), so two
	 * listeners never wait for each other in a circle.
	 */
	void applyAll(List<TipFacts> tips) {
		TipCounts counts = new TipCounts();
		tips.stream()
			.sorted(Comparator.comparingLong(TipFacts::tipId).thenComparingInt(TipFacts::version))
			.forEach((facts) -> collect(facts, counts));
		write(counts);
	}

	/**
	 * Brings one tip's copy up to the fact (when the fact is newer) and adds the
	 * difference to the counts.
	 */
	private void collect(TipFacts facts, TipCounts counts) {
		boolean inserted = insert(facts) > 0;
		if (!inserted) {
			// the row's lock first, then a statement of its own to read it (see
			// StreetsFeed)
			this.jdbc.sql("UPDATE report_tip SET version = version WHERE tip_id = :id")
				.param("id", facts.tipId())
				.update();
			List<Object[]> old = this.jdbc.sql("""
					SELECT unit_id, received_at, category_code, channel, status FROM report_tip
					WHERE tip_id = :id AND version < :version FOR UPDATE""")
				.param("id", facts.tipId())
				.param("version", facts.version())
				.query((rs,
						row) -> new Object[] { rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
								rs.getString(3), rs.getString(4), rs.getString(5) })
				.list();
			if (old.isEmpty() || update(facts) == 0) {
				return;
			}
			keepOpen(facts);
			Object[] was = old.get(0);
			counts.add(-1, (Long) was[0], (Instant) was[1], (String) was[2], (String) was[3], (String) was[4]);
			if (TipStatus.RESOLVED.name().equals(was[4])) {
				List<TipFacts.Outcome> outcomes = this.jdbc.sql("""
						SELECT kind, offence_category, cases, suspects FROM report_tip_outcome WHERE tip_id = :id
						ORDER BY position""")
					.param("id", facts.tipId())
					.query((rs, row) -> new TipFacts.Outcome(OutcomeKind.valueOf(rs.getString(1)), rs.getString(2),
							rs.getInt(3), rs.getInt(4)))
					.list();
				counts.addOutcomes(-1, (Long) was[0], (Instant) was[1], outcomes);
			}
		}
		else if (facts.status().isOpen()) {
			insertOpen(facts);
		}
		counts.add(1, facts.unitId(), facts.receivedAt(), facts.categoryCode(), facts.channel().name(),
				facts.status().name());
		if (!inserted || !facts.outcomes().isEmpty()) {
			// a new tip without outcomes has none to replace: the common case of intake
			replaceOutcomes(facts, counts);
		}
	}

	/**
	 * Brings the tip's row of {@code report_open_tip} up to the fact: there while the tip
	 * is open, with its unit, reception and due time. Written under the lock of the tip's
	 * copy row, so no other listener writes it at the same time.
	 */
	private void keepOpen(TipFacts facts) {
		if (!facts.status().isOpen()) {
			this.jdbc.sql("DELETE FROM report_open_tip WHERE tip_id = :id").param("id", facts.tipId()).update();
			return;
		}
		if (this.jdbc.sql("""
				UPDATE report_open_tip SET unit_id = :unit, received_at = :received, due_at = :due
				WHERE tip_id = :id""").paramSource(openParams(facts)).update() == 0) {
			insertOpen(facts);
		}
	}

	private void insertOpen(TipFacts facts) {
		this.jdbc.sql("""
				INSERT INTO report_open_tip (tip_id, unit_id, received_at, due_at)
				VALUES (:id, :unit, :received, :due)""").paramSource(openParams(facts)).update();
	}

	private static MapSqlParameterSource openParams(TipFacts facts) {
		return new MapSqlParameterSource().addValue("id", facts.tipId())
			.addValue("unit", facts.unitId())
			.addValue("received", utc(facts.receivedAt()))
			.addValue("due", utc(dueAt(facts)));
	}

	/**
	 * When an open tip's clock runs out: its classification deadline while it is not
	 * classified (or its forwarding deadline, if earlier), then its forwarding deadline.
	 */
	static Instant dueAt(TipFacts facts) {
		if (facts.classifiedAt() == null && facts.classifyBy().isBefore(facts.forwardBy())) {
			return facts.classifyBy();
		}
		return facts.forwardBy();
	}

	/**
	 * Writes the tip's outcomes in place of the stored ones, and counts them if resolved.
	 */
	private void replaceOutcomes(TipFacts facts, TipCounts counts) {
		this.jdbc.sql("DELETE FROM report_tip_outcome WHERE tip_id = :id").param("id", facts.tipId()).update();
		int position = 0;
		for (TipFacts.Outcome outcome : facts.outcomes()) {
			this.jdbc.sql("""
					INSERT INTO report_tip_outcome (tip_id, position, kind, offence_category, cases, suspects)
					VALUES (:id, :position, :kind, :offence, :cases, :suspects)""")
				.param("id", facts.tipId())
				.param("position", position++)
				.param("kind", outcome.kind().name())
				.param("offence", outcome.offenceCategory())
				.param("cases", outcome.cases())
				.param("suspects", outcome.suspects())
				.update();
		}
		if (facts.status() == TipStatus.RESOLVED) {
			counts.addOutcomes(1, facts.unitId(), facts.receivedAt(), facts.outcomes());
		}
	}

	/**
	 * Adds the counts to the rollups, in the order of their keys (two listeners lock rows
	 * in the same order); a row created by a concurrent listener is added to, and a row
	 * that falls to zero is removed.
	 */
	private void write(TipCounts counts) {
		counts.tips().forEach((key, delta) -> {
			Map<String, Object> params = Map.of("unit", key.unitId(), "grain", key.grain(), "period", key.periodOn(),
					"dimension", key.dimension(), "value", key.value(), "delta", delta);
			String where = " WHERE unit_id = :unit AND grain = :grain AND period_on = :period AND dimension = :dimension"
					+ " AND dim_value = :value";
			add("UPDATE report_tip_count SET tips = tips + :delta" + where, """
					INSERT INTO report_tip_count (unit_id, grain, period_on, dimension, dim_value, tips)
					VALUES (:unit, :grain, :period, :dimension, :value, :delta) ON CONFLICT DO NOTHING""",
					"DELETE FROM report_tip_count" + where + " AND tips = 0", params, delta);
		});
		counts.outcomes().forEach((key, delta) -> {
			Map<String, Object> params = Map.of("unit", key.unitId(), "grain", key.grain(), "period", key.periodOn(),
					"kind", key.kind(), "offence", key.offenceCategory(), "tips", delta[0], "cases", delta[1],
					"suspects", delta[2]);
			String where = " WHERE unit_id = :unit AND grain = :grain AND period_on = :period AND kind = :kind"
					+ " AND offence_category = :offence";
			add("UPDATE report_tip_outcome_count SET tips = tips + :tips, cases = cases + :cases,"
					+ " suspects = suspects + :suspects" + where,
					"""
							INSERT INTO report_tip_outcome_count (unit_id, grain, period_on, kind, offence_category, tips,
							  cases, suspects)
							VALUES (:unit, :grain, :period, :kind, :offence, :tips, :cases, :suspects)
							ON CONFLICT DO NOTHING""",
					"DELETE FROM report_tip_outcome_count" + where + " AND tips = 0", params, delta[0]);
		});
	}

	private void add(String update, String insert, String deleteZero, Map<String, Object> params, long delta) {
		if (this.jdbc.sql(update).params(params).update() == 0 && this.jdbc.sql(insert).params(params).update() == 0) {
			this.jdbc.sql(update).params(params).update();
		}
		if (delta < 0) {
			this.jdbc.sql(deleteZero).params(params).update();
		}
	}

	private int update(TipFacts facts) {
		return this.jdbc.sql("""
				UPDATE report_tip SET version = :version, unit_id = :unit, category_code = :category,
				  channel = :channel, status = :status, urgent = :urgent, received_at = :received,
				  classify_by = :classifyBy, forward_by = :forwardBy, classified_at = :classifiedAt,
				  closed_at = :closedAt
				WHERE tip_id = :id AND version < :version""").paramSource(params(facts)).update();
	}

	private int insert(TipFacts facts) {
		return this.jdbc.sql(INSERT).paramSource(params(facts)).update();
	}

	private static Object[] values(TipFacts facts) {
		return new Object[] { facts.tipId(), facts.version(), facts.unitId(), facts.categoryCode(),
				facts.channel().name(), facts.status().name(), facts.urgent(), utc(facts.receivedAt()),
				utc(facts.classifyBy()), utc(facts.forwardBy()), utc(facts.classifiedAt()), utc(facts.closedAt()) };
	}

	private static MapSqlParameterSource params(TipFacts facts) {
		return new MapSqlParameterSource().addValue("id", facts.tipId())
			.addValue("version", facts.version())
			.addValue("unit", facts.unitId())
			.addValue("category", facts.categoryCode())
			.addValue("channel", facts.channel().name())
			.addValue("status", facts.status().name())
			.addValue("urgent", facts.urgent())
			.addValue("received", utc(facts.receivedAt()))
			.addValue("classifyBy", utc(facts.classifyBy()))
			.addValue("forwardBy", utc(facts.forwardBy()))
			.addValue("classifiedAt", utc(facts.classifiedAt()))
			.addValue("closedAt", utc(facts.closedAt()));
	}

}

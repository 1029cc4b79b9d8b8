package vn.lachan.reports.internal;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.lachan.shared.jdbc.MultiRowInsert;
import vn.lachan.tips.TipChanged;
import vn.lachan.tips.TipFacts;
import vn.lachan.tips.TipReceived;
import vn.lachan.tips.TipsReceived;

import static vn.lachan.shared.time.VietnamTime.utc;

/**
 * Keeps the reports module's copy of tip figures. Idempotent and order-tolerant: a fact
 * is applied only when its version is newer than the stored one.
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
		int inserted = NEW_TIPS.insert(this.rows, tips.stream().map(TipFeed::values).toList());
		for (TipFacts facts : tips) {
			if (inserted != tips.size() || !facts.outcomes().isEmpty()) {
				apply(facts);
			}
		}
	}

	@ApplicationModuleListener
	void on(TipChanged event) {
		apply(event.facts());
	}

	void apply(TipFacts facts) {
		boolean inserted = insert(facts) > 0;
		if (!inserted && update(facts) == 0) {
			return;
		}
		if (inserted && facts.outcomes().isEmpty()) {
			// a new tip has no outcomes to replace: the common case of intake, one
			// statement
			return;
		}
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

package vn.lachan.reports.internal;

import java.time.ZoneOffset;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.lachan.tips.TipChanged;
import vn.lachan.tips.TipFacts;
import vn.lachan.tips.TipReceived;
import vn.lachan.tips.TipsReceived;

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

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batches;

	TipFeed(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	@ApplicationModuleListener
	void on(TipReceived event) {
		apply(event.facts());
	}

	/**
	 * Tips committed together: one batch of inserts; a tip whose row was already there (a
	 * redelivered event) takes the one-by-one path.
	 */
	@ApplicationModuleListener
	void on(TipsReceived event) {
		int[] inserted = this.batches.batchUpdate(INSERT,
				event.facts().stream().map(TipFeed::params).toArray(SqlParameterSource[]::new));
		for (int i = 0; i < inserted.length; i++) {
			TipFacts facts = event.facts().get(i);
			if (inserted[i] != 1 || !facts.outcomes().isEmpty()) {
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

	private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource params(TipFacts facts) {
		return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource().addValue("id", facts.tipId())
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

	private static java.time.OffsetDateTime utc(java.time.Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}

package vn.lachan.programs.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.paging.SqlPages;

/**
 * Criteria sets, scorecards and their scores, in SQL one can read.
 */
@Component
class ScoringQueries {

	private final JdbcClient jdbc;

	ScoringQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CriteriaSet> sets() {
		return this.jdbc
			.sql("SELECT id, code, set_version, name, source, valid_from, valid_to FROM programs_criteria_set"
					+ " ORDER BY code, set_version")
			.query(this::setRow)
			.list()
			.stream()
			.map(this::withCriteria)
			.toList();
	}

	Optional<CriteriaSet> set(long id) {
		return this.jdbc
			.sql("SELECT id, code, set_version, name, source, valid_from, valid_to FROM programs_criteria_set"
					+ " WHERE id = :id")
			.param("id", id)
			.query(this::setRow)
			.optional()
			.map(this::withCriteria);
	}

	List<CriteriaSet> versions(String code) {
		return sets().stream().filter((set) -> set.code().equals(code)).toList();
	}

	long insertSet(CriteriaSetInput input, int version) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO programs_criteria_set (code, set_version, name, source, valid_from)
				VALUES (:code, :version, :name, :source, :from)
				""")
			.param("code", input.code().strip())
			.param("version", version)
			.param("name", input.name().strip())
			.param("source", input.source().strip())
			.param("from", input.validFrom())
			.update(keys, "id");
		long id = keys.getKey().longValue();
		int position = 0;
		for (CriteriaSetInput.CriterionInput criterion : input.criteria()) {
			this.jdbc
				.sql("""
						INSERT INTO programs_criterion (set_id, position, code, name, weight, indicator, comparison, threshold)
						VALUES (:set, :position, :code, :name, :weight, :indicator, :comparison, :threshold)
						""")
				.param("set", id)
				.param("position", position++)
				.param("code", criterion.code().strip())
				.param("name", criterion.name().strip())
				.param("weight", criterion.weight())
				.param("indicator", criterion.indicator())
				.param("comparison", criterion.comparison().name())
				.param("threshold", criterion.threshold())
				.update();
		}
		return id;
	}

	void closeSet(long id, LocalDate validTo) {
		this.jdbc.sql("UPDATE programs_criteria_set SET valid_to = :to WHERE id = :id")
			.param("to", validTo)
			.param("id", id)
			.update();
	}

	/** Counts one more change of the record and answers its version. */
	int bump(long id) {
		this.jdbc.sql("UPDATE programs_scorecard SET version = version + 1 WHERE id = :id").param("id", id).update();
		return this.jdbc.sql("SELECT version FROM programs_scorecard WHERE id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	Optional<Scorecard> scorecard(long id) {
		return this.jdbc.sql("SELECT * FROM programs_scorecard WHERE id = :id")
			.param("id", id)
			.query(this::scorecardRow)
			.optional();
	}

	Optional<Scorecard> scorecard(long unitId, String setCode, int period) {
		return this.jdbc
			.sql("SELECT * FROM programs_scorecard WHERE unit_id = :unit AND set_code = :code AND period = :period")
			.param("unit", unitId)
			.param("code", setCode)
			.param("period", period)
			.query(this::scorecardRow)
			.optional();
	}

	/** Scorecards of these units ({@code null}: all), newest period first. */
	List<Scorecard> scorecards(List<Long> unitIds) {
		if (unitIds != null && unitIds.isEmpty()) {
			return List.of();
		}
		String where = (unitIds == null) ? "" : " WHERE unit_id IN (:units)";
		var spec = this.jdbc.sql("SELECT * FROM programs_scorecard" + where + " ORDER BY period DESC, set_code, id");
		if (unitIds != null) {
			spec = spec.param("units", unitIds);
		}
		return spec.query(this::scorecardRow).list();
	}

	/** One page of the scorecards of these units ({@code null}: every unit). */
	PageResult<Scorecard> scorecards(List<Long> unitIds, PageQuery page) {
		Map<String, Object> params = new HashMap<>();
		String select = "SELECT * FROM programs_scorecard";
		if (unitIds != null) {
			select += " WHERE unit_id IN (:units)";
			params.put("units", unitIds.isEmpty() ? List.of(-1L) : unitIds);
		}
		return SqlPages.page(this.jdbc, select, "ORDER BY period DESC, set_code, id", params, this::scorecardRow, page);
	}

	long save(Scorecard card) {
		long id;
		if (card.id() == null) {
			KeyHolder keys = new GeneratedKeyHolder();
			this.jdbc.sql("""
					INSERT INTO programs_scorecard (unit_id, set_id, set_code, period, status)
					VALUES (:unit, :set, :code, :period, :status)
					""")
				.param("unit", card.unitId())
				.param("set", card.set().id())
				.param("code", card.set().code())
				.param("period", card.period())
				.param("status", card.status().name())
				.update(keys, "id");
			id = keys.getKey().longValue();
		}
		else {
			id = card.id();
		}
		this.jdbc
			.sql("""
					UPDATE programs_scorecard SET status = :status, score = :score, all_met = :met, committee_comment = :comment,
					  submitted_at = :submitted, decided_at = :decided, decided_by = :by, recognition_number = :number,
					  recognised_on = :recognised, version = version + 1
					WHERE id = :id
					""")
			.param("status", card.status().name())
			.param("score", card.score())
			.param("met", card.allMet())
			.param("comment", card.comment())
			.param("submitted", timestamp(card.submittedAt()))
			.param("decided", timestamp(card.decidedAt()))
			.param("by", card.decidedBy())
			.param("number", card.recognitionNumber())
			.param("recognised", card.recognisedOn())
			.param("id", id)
			.update();
		this.jdbc.sql("DELETE FROM programs_score WHERE scorecard_id = :id").param("id", id).update();
		for (Score score : card.scores()) {
			this.jdbc.sql("""
					INSERT INTO programs_score (scorecard_id, criterion_id, score_value, evidence, met)
					VALUES (:card, :criterion, :value, :evidence, :met)
					""")
				.param("card", id)
				.param("criterion", score.criterionId())
				.param("value", score.value())
				.param("evidence", score.evidence())
				.param("met", score.met())
				.update();
		}
		return id;
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private CriteriaSet withCriteria(CriteriaSet set) {
		List<Criterion> criteria = this.jdbc.sql("""
				SELECT id, position, code, name, weight, indicator, comparison, threshold FROM programs_criterion
				WHERE set_id = :set ORDER BY position
				""")
			.param("set", set.id())
			.query((rs, row) -> new Criterion(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
					rs.getInt(5), rs.getString(6), Comparison.valueOf(rs.getString(7)), rs.getBigDecimal(8)))
			.list();
		return new CriteriaSet(set.id(), set.code(), set.version(), set.name(), set.source(), set.validFrom(),
				set.validTo(), criteria);
	}

	private CriteriaSet setRow(ResultSet rs, int row) throws SQLException {
		return new CriteriaSet(rs.getLong("id"), rs.getString("code"), rs.getInt("set_version"), rs.getString("name"),
				rs.getString("source"), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_to", LocalDate.class), List.of());
	}

	private Scorecard scorecardRow(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		CriteriaSet set = set(rs.getLong("set_id")).orElseThrow();
		List<Score> scores = this.jdbc
			.sql("SELECT criterion_id, score_value, evidence, met FROM programs_score WHERE scorecard_id = :id")
			.param("id", id)
			.query((r, n) -> new Score(r.getLong(1), r.getBigDecimal(2), r.getString(3), r.getBoolean(4)))
			.list();
		long by = rs.getLong("decided_by");
		Long decidedBy = rs.wasNull() ? null : by;
		return new Scorecard(id, rs.getLong("unit_id"), set, rs.getInt("period"),
				ScorecardStatus.valueOf(rs.getString("status")), scores, rs.getString("committee_comment"),
				instant(rs.getTimestamp("submitted_at")), instant(rs.getTimestamp("decided_at")), decidedBy,
				rs.getString("recognition_number"), rs.getObject("recognised_on", LocalDate.class));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}

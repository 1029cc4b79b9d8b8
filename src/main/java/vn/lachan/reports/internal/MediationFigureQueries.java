package vn.lachan.reports.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.lachan.reports.MediationFigures;
import vn.lachan.reports.MediationFigures.Counts;

/**
 * Mediation figures from the reports module's copy of the cases: one grouped pass per
 * breakdown over the cases received in the period.
 */
@Component
public class MediationFigureQueries {

	private static final String COUNTS = """
			SELECT %s AS k, COUNT(*) AS received,
			  SUM(CASE WHEN EXISTS (SELECT 1 FROM report_mediation_session s WHERE s.case_id = c.case_id)
			      THEN 1 ELSE 0 END) AS mediated,
			  SUM(CASE WHEN c.outcome = 'SUCCEEDED' THEN 1 ELSE 0 END) AS successful,
			  SUM(CASE WHEN c.outcome = 'FAILED' THEN 1 ELSE 0 END) AS unsuccessful,
			  SUM(CASE WHEN c.outcome = 'WITHDRAWN' THEN 1 ELSE 0 END) AS withdrawn,
			  SUM(CASE WHEN c.outcome IS NULL THEN 1 ELSE 0 END) AS pending,
			  SUM(CASE WHEN c.tip_id IS NOT NULL THEN 1 ELSE 0 END) AS escalated
			FROM report_mediation_case c
			WHERE c.unit_id IN (:units) AND c.received_on >= :from AND c.received_on <= :to
			GROUP BY %s""";

	private final JdbcClient jdbc;

	MediationFigureQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public MediationFigures figures(long unitId, Collection<Long> unitIds, LocalDate from, LocalDate to) {
		if (unitIds.isEmpty()) {
			return new MediationFigures(unitId, from, to, Counts.NONE, Map.of(), Map.of());
		}
		Map<String, Counts> byKind = counts("c.dispute_kind", unitIds, from, to);
		Map<Long, Counts> byUnit = new TreeMap<>();
		counts("CAST(c.unit_id AS VARCHAR(20))", unitIds, from, to)
			.forEach((unit, counts) -> byUnit.put(Long.valueOf(unit), counts));
		Counts total = byKind.values().stream().reduce(Counts.NONE, MediationFigureQueries::plus);
		return new MediationFigures(unitId, from, to, total, byKind, byUnit);
	}

	private Map<String, Counts> counts(String key, Collection<Long> units, LocalDate from, LocalDate to) {
		Map<String, Counts> counts = new TreeMap<>();
		this.jdbc.sql(COUNTS.formatted(key, key))
			.param("units", units)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> counts.put(rs.getString("k"),
					new Counts(rs.getLong("received"), rs.getLong("mediated"), rs.getLong("successful"),
							rs.getLong("unsuccessful"), rs.getLong("withdrawn"), rs.getLong("pending"),
							rs.getLong("escalated"))))
			.list();
		return counts;
	}

	private static Counts plus(Counts a, Counts b) {
		return new Counts(a.received() + b.received(), a.mediated() + b.mediated(), a.successful() + b.successful(),
				a.unsuccessful() + b.unsuccessful(), a.withdrawn() + b.withdrawn(), a.pending() + b.pending(),
				a.escalated() + b.escalated());
	}

}

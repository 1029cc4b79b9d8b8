package vn.lachan.reports.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.lachan.reports.StreetsFigures;

/**
 * Urban-order figures from the reports module's rollups of the violations (day and month
 * rows, read as {@link RollupRange} says).
 */
@Component
public class StreetsFigureQueries {

	private final JdbcClient jdbc;

	StreetsFigureQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public StreetsFigures figures(long unitId, Collection<Long> unitIds, LocalDate from, LocalDate to) {
		RollupRange range = RollupRange.of(from, to);
		String where = " FROM report_violation_count WHERE unit_id IN (:units) AND " + RollupRange.CONDITION;
		Map<String, Long> byType = counts("SELECT dim_value AS k, SUM(violations) AS n" + where
				+ " AND dimension = 'type' GROUP BY dim_value HAVING SUM(violations) > 0", unitIds, range);
		Map<String, Long> byStep = counts("SELECT dim_value AS k, SUM(violations) AS n" + where
				+ " AND dimension = 'step' GROUP BY dim_value HAVING SUM(violations) > 0", unitIds, range);
		Map<Long, Long> byUnit = new TreeMap<>();
		counts("SELECT CAST(unit_id AS VARCHAR(20)) AS k, SUM(violations) AS n" + where
				+ " AND dimension = 'type' GROUP BY unit_id HAVING SUM(violations) > 0", unitIds, range)
			.forEach((k, v) -> byUnit.put(Long.valueOf(k), v));
		Map<String, Long> byMonth = new TreeMap<>();
		this.jdbc.sql("SELECT period_on, SUM(violations)" + where + " AND dimension = 'type' GROUP BY period_on")
			.param("units", unitIds)
			.params(range.params())
			.query((rs) -> {
				LocalDate d = rs.getObject(1, LocalDate.class);
				if (rs.getLong(2) > 0) {
					byMonth.merge(String.format("%d-%02d", d.getYear(), d.getMonthValue()), rs.getLong(2), Long::sum);
				}
			});
		long total = byType.values().stream().mapToLong(Long::longValue).sum();
		StreetsFigures.Fines[] fines = this.jdbc.sql("""
				SELECT COALESCE(SUM(decided_fines), 0), COALESCE(SUM(decided_amount), 0), COALESCE(SUM(paid_fines), 0),
				  COALESCE(SUM(paid_amount), 0)""" + where + " AND dimension = 'type'")
			.param("units", unitIds)
			.params(range.params())
			.query((rs,
					row) -> new StreetsFigures.Fines[] { new StreetsFigures.Fines(rs.getLong(1), rs.getLong(2)),
							new StreetsFigures.Fines(rs.getLong(3), rs.getLong(4)) })
			.single();
		return new StreetsFigures(unitId, from, to, total, byType, byStep, byUnit, byMonth, fines[0], fines[1]);
	}

	private Map<String, Long> counts(String sql, Collection<Long> units, RollupRange range) {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.jdbc.sql(sql + " ORDER BY 1")
			.param("units", units)
			.params(range.params())
			.query((rs, row) -> counts.put(rs.getString("k"), rs.getLong("n")))
			.list();
		return counts;
	}

}

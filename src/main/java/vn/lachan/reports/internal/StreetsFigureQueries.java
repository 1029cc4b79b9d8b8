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
 * Urban-order figures from the reports module's copy of the violations.
 */
@Component
public class StreetsFigureQueries {

	private final JdbcClient jdbc;

	StreetsFigureQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public StreetsFigures figures(long unitId, Collection<Long> unitIds, LocalDate from, LocalDate to) {
		String where = " FROM report_violation WHERE unit_id IN (:units) AND occurred_on >= :from AND occurred_on <= :to";
		Map<String, Long> byType = counts("SELECT type_code AS k, COUNT(*) AS n" + where + " GROUP BY type_code",
				unitIds, from, to);
		Map<String, Long> byStep = counts("SELECT step AS k, COUNT(*) AS n" + where + " GROUP BY step", unitIds, from,
				to);
		Map<Long, Long> byUnit = new TreeMap<>();
		counts("SELECT CAST(unit_id AS VARCHAR(20)) AS k, COUNT(*) AS n" + where + " GROUP BY unit_id", unitIds, from,
				to)
			.forEach((k, v) -> byUnit.put(Long.valueOf(k), v));
		Map<String, Long> byMonth = new TreeMap<>();
		this.jdbc.sql("SELECT occurred_on" + where)
			.param("units", unitIds)
			.param("from", from)
			.param("to", to)
			.query(LocalDate.class)
			.list()
			.forEach((d) -> byMonth.merge(String.format("%d-%02d", d.getYear(), d.getMonthValue()), 1L, Long::sum));
		long total = byType.values().stream().mapToLong(Long::longValue).sum();
		StreetsFigures.Fines decided = fines("SELECT COUNT(fine_amount) AS c, COALESCE(SUM(fine_amount), 0) AS s"
				+ where + " AND decided_on IS NOT NULL", unitIds, from, to);
		StreetsFigures.Fines paid = fines("SELECT COUNT(fine_amount) AS c, COALESCE(SUM(fine_amount), 0) AS s" + where
				+ " AND paid_on IS NOT NULL", unitIds, from, to);
		return new StreetsFigures(unitId, from, to, total, byType, byStep, byUnit, byMonth, decided, paid);
	}

	private Map<String, Long> counts(String sql, Collection<Long> units, LocalDate from, LocalDate to) {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.jdbc.sql(sql + " ORDER BY 1")
			.param("units", units)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> counts.put(rs.getString("k"), rs.getLong("n")))
			.list();
		return counts;
	}

	private StreetsFigures.Fines fines(String sql, Collection<Long> units, LocalDate from, LocalDate to) {
		return this.jdbc.sql(sql)
			.param("units", units)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new StreetsFigures.Fines(rs.getLong("c"), rs.getLong("s")))
			.single();
	}

}

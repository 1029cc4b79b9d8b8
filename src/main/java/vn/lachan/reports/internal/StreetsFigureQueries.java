package vn.lachan.reports.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.reports.StreetsFigures;

/**
 * Urban-order figures from the reports module's rollups of the violations (day and month
 * rows, read as {@link RollupRange} says).
 */
@Component
public class StreetsFigureQueries {

	private final JdbcClient jdbc;

	StreetsFigureQueries(DataSource dataSource) {
		// rows fetched through a cursor, so that PostgreSQL runs the statement without
		// parallel workers: on a busy server, starting them costs more than the few
		// thousand rollup rows a figure reads (docs/PERFORMANCE.md, "Dashboard figures
		// at scale"); H2 ignores the fetch size
		JdbcTemplate rows = new JdbcTemplate(dataSource);
		rows.setFetchSize(1000);
		this.jdbc = JdbcClient.create(rows);
	}

	/**
	 * The figures in one round trip (on a busy server each statement waits its turn): the
	 * sums by type, step, unit and day or month, the fines from the type rows (each
	 * violation counts once in them).
	 */
	@Transactional(readOnly = true)
	public StreetsFigures figures(long unitId, Collection<Long> unitIds, LocalDate from, LocalDate to) {
		RollupRange range = RollupRange.of(from, to);
		String where = " FROM report_violation_count WHERE unit_id IN (:units) AND " + range.condition("rollup")
				+ " AND dimension = ";
		String sums = ", SUM(violations), SUM(decided_fines), SUM(decided_amount), SUM(paid_fines), SUM(paid_amount)";
		String sql = "SELECT CAST('type' AS VARCHAR(5)), dim_value" + sums + where + "'type' GROUP BY dim_value"
				+ " UNION ALL SELECT CAST('step' AS VARCHAR(5)), dim_value" + sums + where + "'step' GROUP BY dim_value"
				+ " UNION ALL SELECT CAST('unit' AS VARCHAR(5)), CAST(unit_id AS VARCHAR(40))" + sums + where
				+ "'type' GROUP BY unit_id UNION ALL SELECT CAST('day' AS VARCHAR(5)), CAST(period_on AS VARCHAR(40))"
				+ sums + where + "'type' GROUP BY period_on ORDER BY 1, 2";
		Map<String, Long> byType = new LinkedHashMap<>();
		Map<String, Long> byStep = new LinkedHashMap<>();
		Map<Long, Long> byUnit = new TreeMap<>();
		Map<String, Long> byMonth = new TreeMap<>();
		long[] fines = new long[4];
		this.jdbc.sql(sql).param("units", unitIds).params(range.params("rollup")).query((rs) -> {
			String key = rs.getString(2);
			long n = rs.getLong(3);
			if (n <= 0) {
				return;
			}
			switch (rs.getString(1)) {
				case "type" -> {
					byType.put(key, n);
					for (int i = 0; i < 4; i++) {
						fines[i] += rs.getLong(4 + i);
					}
				}
				case "step" -> byStep.put(key, n);
				case "unit" -> byUnit.put(Long.valueOf(key), n);
				default -> byMonth.merge(key.substring(0, 7), n, Long::sum);
			}
		});
		long total = byType.values().stream().mapToLong(Long::longValue).sum();
		return new StreetsFigures(unitId, from, to, total, byType, byStep, byUnit, byMonth,
				new StreetsFigures.Fines(fines[0], fines[1]), new StreetsFigures.Fines(fines[2], fines[3]));
	}

}

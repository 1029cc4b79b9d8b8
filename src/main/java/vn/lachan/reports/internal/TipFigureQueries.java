package vn.lachan.reports.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.reports.TipStatistics;
import vn.lachan.reports.TipStatistics.OutcomeFigure;
import vn.lachan.reports.TipStatistics.OutcomeTotals;
import vn.lachan.reports.TipStatistics.Received;
import vn.lachan.shared.time.VietnamTime;

/**
 * Tip figures from the reports module's own tables: counts from the day and month rollups
 * ({@link RollupRange}), open and overdue tips from the copy of each open tip.
 */
@Service
@Transactional(readOnly = true)
public class TipFigureQueries {

	private static final String OVERDUE = "status IN ('RECEIVED', 'ASSIGNED', 'VERIFYING') AND "
			+ "((classified_at IS NULL AND classify_by < :now) OR forward_by < :now)";

	private final JdbcClient jdbc;

	private final Clock clock;

	TipFigureQueries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Figures of tips received from {@code from} to {@code to} in these units. */
	public TipStatistics statistics(long unitId, Set<Long> unitIds, LocalDate from, LocalDate to) {
		List<Long> units = unitIds.isEmpty() ? List.of(-1L) : List.copyOf(unitIds);
		RollupRange range = RollupRange.of(from, to);
		Map<String, Map<String, Long>> byDimension = new HashMap<>();
		this.jdbc
			.sql("SELECT dimension, dim_value, SUM(tips) FROM report_tip_count WHERE unit_id IN (:units) AND "
					+ RollupRange.CONDITION + " GROUP BY dimension, dim_value HAVING SUM(tips) > 0")
			.param("units", units)
			.params(range.params())
			.query((rs) -> {
				byDimension.computeIfAbsent(rs.getString(1), (k) -> new TreeMap<>())
					.put(rs.getString(2), rs.getLong(3));
			});
		Map<String, Long> byCategory = ordered(byDimension.get("category"));
		long total = byCategory.values().stream().mapToLong(Long::longValue).sum();
		long overdue = this.jdbc
			.sql("SELECT COUNT(*) FROM report_tip t WHERE t.unit_id IN (:units) AND t.received_at >= :from"
					+ " AND t.received_at < :to AND " + OVERDUE)
			.param("units", units)
			.param("from", start(from))
			.param("to", start(to.plusDays(1)))
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
		Received received = new Received(total, byCategory, ordered(byDimension.get("channel")),
				ordered(byDimension.get("status")), overdue);
		List<OutcomeFigure> outcomes = this.jdbc.sql("""
				SELECT kind, offence_category, SUM(tips) AS tips, SUM(cases) AS cases, SUM(suspects) AS suspects
				FROM report_tip_outcome_count WHERE unit_id IN (:units) AND """ + RollupRange.CONDITION + """
				 GROUP BY kind, offence_category HAVING SUM(tips) > 0
				ORDER BY kind, CASE WHEN offence_category = '' THEN 1 ELSE 0 END, offence_category""")
			.param("units", units)
			.params(range.params())
			.query((rs, row) -> new OutcomeFigure(rs.getString("kind"),
					rs.getString("offence_category").isEmpty() ? null : rs.getString("offence_category"),
					rs.getLong("tips"), rs.getLong("cases"), rs.getLong("suspects")))
			.list();
		Map<String, OutcomeTotals> byKind = new LinkedHashMap<>();
		for (OutcomeFigure figure : outcomes) {
			byKind.merge(figure.kind(), new OutcomeTotals(figure.tips(), figure.cases(), figure.suspects()), (a,
					b) -> new OutcomeTotals(a.tips() + b.tips(), a.cases() + b.cases(), a.suspects() + b.suspects()));
		}
		return new TipStatistics(unitId, from, to, received, outcomes, byKind);
	}

	/** The tips received in the period, per ward or commune (most first). */
	public Map<Long, Long> receivedByUnit(Set<Long> unitIds, LocalDate from, LocalDate to) {
		Map<Long, Long> counts = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT unit_id, SUM(tips) AS n FROM report_tip_count WHERE unit_id IN (:units)"
					+ " AND dimension = 'category' AND " + RollupRange.CONDITION
					+ " GROUP BY unit_id HAVING SUM(tips) > 0 ORDER BY SUM(tips) DESC, unit_id")
			.param("units", unitIds.isEmpty() ? List.of(-1L) : List.copyOf(unitIds))
			.params(RollupRange.of(from, to).params())
			.query((rs, row) -> counts.put(rs.getLong("unit_id"), rs.getLong("n")))
			.list();
		return counts;
	}

	/**
	 * The tips received in each calendar month (in Vietnam's time) of the period, by
	 * category: one count per month and category, months without tips included.
	 */
	public List<MonthFigures> monthly(Set<Long> unitIds, LocalDate from, LocalDate to) {
		Map<YearMonth, Map<String, Long>> counts = new HashMap<>();
		this.jdbc
			.sql("SELECT period_on, dim_value, SUM(tips) FROM report_tip_count WHERE unit_id IN (:units)"
					+ " AND dimension = 'category' AND " + RollupRange.CONDITION + " GROUP BY period_on, dim_value")
			.param("units", unitIds.isEmpty() ? List.of(-1L) : List.copyOf(unitIds))
			.params(RollupRange.of(from, to).params())
			.query((rs) -> {
				counts.computeIfAbsent(YearMonth.from(rs.getObject(1, LocalDate.class)), (k) -> new TreeMap<>())
					.merge(rs.getString(2), rs.getLong(3), Long::sum);
			});
		List<MonthFigures> months = new ArrayList<>();
		for (YearMonth month = YearMonth.from(from); !month.atDay(1).isAfter(to); month = month.plusMonths(1)) {
			months.add(new MonthFigures(month, ordered(counts.get(month))));
		}
		return months;
	}

	/**
	 * The tips received in one month.
	 *
	 * @param month the month
	 * @param byCategory how many of each category
	 */
	public record MonthFigures(YearMonth month, Map<String, Long> byCategory) {

		public long total() {
			return this.byCategory.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	/** Open and overdue tips of these units right now, for the dashboard. */
	public long[] openAndOverdue(Set<Long> unitIds) {
		String where = (unitIds != null) ? " AND unit_id IN (:units)" : "";
		JdbcClient.StatementSpec spec = this.jdbc
			.sql("SELECT COUNT(*) AS open_tips, COALESCE(SUM(CASE WHEN " + OVERDUE
					+ " THEN 1 ELSE 0 END), 0) AS overdue FROM report_tip "
					+ "WHERE status IN ('RECEIVED', 'ASSIGNED', 'VERIFYING')" + where)
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC));
		if (unitIds != null) {
			spec = spec.param("units", unitIds.isEmpty() ? List.of(-1L) : List.copyOf(unitIds));
		}
		return spec.query((rs, row) -> new long[] { rs.getLong("open_tips"), rs.getLong("overdue") }).single();
	}

	/** The counts in the order of their keys, without those that are not positive. */
	private static Map<String, Long> ordered(Map<String, Long> counts) {
		Map<String, Long> ordered = new LinkedHashMap<>();
		if (counts != null) {
			new TreeMap<>(counts).forEach((key, n) -> {
				if (n > 0) {
					ordered.put(key, n);
				}
			});
		}
		return ordered;
	}

	private static OffsetDateTime start(LocalDate day) {
		return day.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
	}

}

package vn.lachan.reports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
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

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
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
 * ({@link RollupRange}), open and overdue tips from the table of open tips
 * ({@code report_open_tip}). Each call reads what it needs in one statement (a
 * {@code UNION ALL} of its parts: on a busy server each statement waits its turn), its
 * rows fetched through a cursor, so that PostgreSQL runs it without parallel workers (see
 * {@link StreetsFigureQueries}).
 */
@Service
@Transactional(readOnly = true)
public class TipFigureQueries {

	private static final String ROW = "SELECT CAST('%s' AS VARCHAR(8)), CAST(%s AS VARCHAR(60)), CAST(%s AS VARCHAR(60)),"
			+ " %s, %s, %s, %s FROM ";

	private final JdbcClient jdbc;

	private final Clock clock;

	TipFigureQueries(DataSource dataSource, Clock clock) {
		JdbcTemplate rows = new JdbcTemplate(dataSource);
		rows.setFetchSize(1000);
		this.jdbc = JdbcClient.create(rows);
		this.clock = clock;
	}

	/** Figures of tips received from {@code from} to {@code to} in these units. */
	public TipStatistics statistics(long unitId, Set<Long> unitIds, LocalDate from, LocalDate to) {
		return read(unitIds, false, List.<LocalDate[]>of(new LocalDate[] { from, to }), false).statistics(0, unitId);
	}

	/**
	 * The tips section of a dashboard in one statement: open and overdue tips of these
	 * units now, the figures of the period and of the one before it, the period's months
	 * and, where there are several units, the tips of each.
	 */
	public Dashboard dashboard(long unitId, Set<Long> unitIds, LocalDate from, LocalDate to, LocalDate previousFrom,
			LocalDate previousTo) {
		Read read = read(unitIds, true,
				List.of(new LocalDate[] { from, to }, new LocalDate[] { previousFrom, previousTo }), true);
		return new Dashboard(read.open, read.overdue, read.statistics(0, unitId), read.statistics(1, unitId),
				read.months(from, to), read.byUnit());
	}

	/**
	 * The figures of a dashboard's tips section.
	 *
	 * @param open tips open now
	 * @param overdue open tips whose clock has run out
	 * @param period the figures of the period
	 * @param previous those of the period before it
	 * @param months the period's tips in each month, by category
	 * @param byUnit the period's tips in each unit that received any (most first)
	 */
	public record Dashboard(long open, long overdue, TipStatistics period, TipStatistics previous,
			List<MonthFigures> months, Map<Long, Long> byUnit) {
	}

	/** The tips received in the period, per ward or commune (most first). */
	public Map<Long, Long> receivedByUnit(Set<Long> unitIds, LocalDate from, LocalDate to) {
		return read(unitIds, false, List.<LocalDate[]>of(new LocalDate[] { from, to }), true).byUnit();
	}

	/**
	 * The tips received in each calendar month (in Vietnam's time) of the period, by
	 * category: one count per month and category, months without tips included.
	 */
	public List<MonthFigures> monthly(Set<Long> unitIds, LocalDate from, LocalDate to) {
		return read(unitIds, false, List.<LocalDate[]>of(new LocalDate[] { from, to }), true).months(from, to);
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

	/**
	 * Open and overdue tips of these units right now (of every unit when null), for the
	 * dashboard.
	 */
	public long[] openAndOverdue(Set<Long> unitIds) {
		Read read = read(unitIds, true, List.of(), false);
		return new long[] { read.open, read.overdue };
	}

	/**
	 * Reads, in one statement: the open and overdue tips (when {@code open}); for each
	 * period the counts by dimension, the overdue tips received in it and the outcomes;
	 * and for the first period, when {@code monthsAndUnits}, its counts by month and
	 * category and by unit. Every part is a row set of the same columns: its name, two
	 * keys, three numbers, and an order of offence categories (none last).
	 */
	private Read read(Set<Long> unitIds, boolean open, List<LocalDate[]> periods, boolean monthsAndUnits) {
		List<String> parts = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		params.put("now", this.clock.instant().atOffset(ZoneOffset.UTC));
		String units = " WHERE unit_id IN (:units)";
		params.put("units", (unitIds == null || unitIds.isEmpty()) ? List.of(-1L) : List.copyOf(unitIds));
		if (open) {
			parts.add(ROW.formatted("open", "''", "''", "COUNT(*)",
					"COALESCE(SUM(CASE WHEN due_at < :now THEN 1 ELSE 0 END), 0)", "0", "0") + "report_open_tip"
					+ ((unitIds != null) ? units : ""));
		}
		for (int i = 0; i < periods.size(); i++) {
			String p = "p" + i;
			LocalDate from = periods.get(i)[0];
			LocalDate to = periods.get(i)[1];
			RollupRange rollup = RollupRange.of(from, to);
			params.putAll(rollup.params(p));
			params.put(p + "ReceivedFrom", start(from));
			params.put(p + "ReceivedTo", start(to.plusDays(1)));
			String range = units + " AND " + rollup.condition(p);
			parts.add(ROW.formatted("dims" + i, "dimension", "dim_value", "SUM(tips)", "0", "0", "0")
					+ "report_tip_count" + range + " GROUP BY dimension, dim_value");
			parts.add(ROW.formatted("late" + i, "''", "''", "COUNT(*)", "0", "0", "0") + "report_open_tip" + units
					+ " AND received_at >= :" + p + "ReceivedFrom AND received_at < :" + p
					+ "ReceivedTo AND due_at < :now");
			parts.add(ROW.formatted("out" + i, "kind", "offence_category", "SUM(tips)", "SUM(cases)", "SUM(suspects)",
					"CASE WHEN offence_category = '' THEN 1 ELSE 0 END") + "report_tip_outcome_count" + range
					+ " GROUP BY kind, offence_category");
			if (i == 0 && monthsAndUnits) {
				String categories = range + " AND dimension = 'category'";
				parts.add(ROW.formatted("month", "period_on", "dim_value", "SUM(tips)", "0", "0", "0")
						+ "report_tip_count" + categories + " GROUP BY period_on, dim_value");
				parts.add(ROW.formatted("unit", "unit_id", "''", "SUM(tips)", "0", "0", "0") + "report_tip_count"
						+ categories + " GROUP BY unit_id");
			}
		}
		Read read = new Read(periods);
		this.jdbc.sql(String.join(" UNION ALL ", parts) + " ORDER BY 1, 2, 7, 3").params(params).query(read::add);
		return read;
	}

	/** The rows of one {@link #read}, gathered by part. */
	private static final class Read {

		long open;

		long overdue;

		final List<Map<String, Map<String, Long>>> dims = new ArrayList<>();

		final long[] late;

		final List<List<OutcomeFigure>> outcomes = new ArrayList<>();

		final Map<YearMonth, Map<String, Long>> months = new HashMap<>();

		final Map<Long, Long> units = new HashMap<>();

		final List<LocalDate[]> periods;

		Read(List<LocalDate[]> periods) {
			this.periods = periods;
			for (int i = 0; i < periods.size(); i++) {
				this.dims.add(new HashMap<>());
				this.outcomes.add(new ArrayList<>());
			}
			this.late = new long[periods.size()];
		}

		void add(ResultSet rs) throws SQLException {
			String part = rs.getString(1);
			String key = rs.getString(2);
			String value = rs.getString(3);
			long n = rs.getLong(4);
			switch (part) {
				case "open" -> {
					this.open = n;
					this.overdue = rs.getLong(5);
				}
				case "month" ->
					this.months.computeIfAbsent(YearMonth.parse(key.substring(0, 7)), (k) -> new TreeMap<>())
						.merge(value, n, Long::sum);
				case "unit" -> this.units.put(Long.valueOf(key), n);
				default -> {
					int i = part.charAt(part.length() - 1) - '0';
					if (part.startsWith("dims")) {
						this.dims.get(i).computeIfAbsent(key, (k) -> new TreeMap<>()).put(value, n);
					}
					else if (part.startsWith("late")) {
						this.late[i] = n;
					}
					else if (n > 0) {
						this.outcomes.get(i)
							.add(new OutcomeFigure(key, value.isEmpty() ? null : value, n, rs.getLong(5),
									rs.getLong(6)));
					}
				}
			}
		}

		TipStatistics statistics(int i, long unitId) {
			Map<String, Map<String, Long>> byDimension = this.dims.get(i);
			Map<String, Long> byCategory = ordered(byDimension.get("category"));
			long total = byCategory.values().stream().mapToLong(Long::longValue).sum();
			Received received = new Received(total, byCategory, ordered(byDimension.get("channel")),
					ordered(byDimension.get("status")), this.late[i]);
			Map<String, OutcomeTotals> byKind = new LinkedHashMap<>();
			for (OutcomeFigure figure : this.outcomes.get(i)) {
				byKind.merge(figure.kind(), new OutcomeTotals(figure.tips(), figure.cases(), figure.suspects()),
						(a, b) -> new OutcomeTotals(a.tips() + b.tips(), a.cases() + b.cases(),
								a.suspects() + b.suspects()));
			}
			return new TipStatistics(unitId, this.periods.get(i)[0], this.periods.get(i)[1], received,
					List.copyOf(this.outcomes.get(i)), byKind);
		}

		List<MonthFigures> months(LocalDate from, LocalDate to) {
			List<MonthFigures> list = new ArrayList<>();
			for (YearMonth month = YearMonth.from(from); !month.atDay(1).isAfter(to); month = month.plusMonths(1)) {
				list.add(new MonthFigures(month, ordered(this.months.get(month))));
			}
			return list;
		}

		Map<Long, Long> byUnit() {
			Map<Long, Long> counts = new LinkedHashMap<>();
			this.units.entrySet()
				.stream()
				.filter((entry) -> entry.getValue() > 0)
				.sorted(Map.Entry.<Long, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
				.forEach((entry) -> counts.put(entry.getKey(), entry.getValue()));
			return counts;
		}

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

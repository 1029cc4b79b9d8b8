package vn.lachan.reports.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.reports.TipStatistics;
import vn.lachan.reports.TipStatistics.OutcomeFigure;
import vn.lachan.reports.TipStatistics.OutcomeTotals;
import vn.lachan.reports.TipStatistics.Received;
import vn.lachan.shared.time.VietnamTime;

/**
 * Tip figures from the reports module's own tables.
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
		String where = " WHERE t.unit_id IN (:units) AND t.received_at >= :from AND t.received_at < :to";
		Map<String, Object> params = Map.of("units", unitIds.isEmpty() ? List.of(-1L) : List.copyOf(unitIds), "from",
				start(from), "to", start(to.plusDays(1)), "now", this.clock.instant().atOffset(ZoneOffset.UTC));
		long total = this.jdbc.sql("SELECT COUNT(*) FROM report_tip t" + where)
			.params(params)
			.query(Long.class)
			.single();
		long overdue = this.jdbc.sql("SELECT COUNT(*) FROM report_tip t" + where + " AND " + OVERDUE)
			.params(params)
			.query(Long.class)
			.single();
		Received received = new Received(total, countBy("category_code", where, params),
				countBy("channel", where, params), countBy("status", where, params), overdue);
		List<OutcomeFigure> outcomes = this.jdbc.sql("""
				SELECT o.kind, o.offence_category, COUNT(DISTINCT o.tip_id) AS tips, SUM(o.cases) AS cases,
				  SUM(o.suspects) AS suspects
				FROM report_tip_outcome o JOIN report_tip t ON t.tip_id = o.tip_id""" + where + """
				 AND t.status = 'RESOLVED'
				GROUP BY o.kind, o.offence_category ORDER BY o.kind, o.offence_category""")
			.params(params)
			.query((rs, row) -> new OutcomeFigure(rs.getString("kind"), rs.getString("offence_category"),
					rs.getLong("tips"), rs.getLong("cases"), rs.getLong("suspects")))
			.list();
		Map<String, OutcomeTotals> byKind = new LinkedHashMap<>();
		for (OutcomeFigure figure : outcomes) {
			byKind.merge(figure.kind(), new OutcomeTotals(figure.tips(), figure.cases(), figure.suspects()), (a,
					b) -> new OutcomeTotals(a.tips() + b.tips(), a.cases() + b.cases(), a.suspects() + b.suspects()));
		}
		return new TipStatistics(unitId, from, to, received, outcomes, byKind);
	}

	/** Open and overdue tips of these units right now, for the dashboard. */
	/** The tips received in the period, per ward or commune (most first). */
	public Map<Long, Long> receivedByUnit(Set<Long> unitIds, LocalDate from, LocalDate to) {
		Map<Long, Long> counts = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT unit_id, COUNT(*) AS n FROM report_tip
				WHERE unit_id IN (:units) AND received_at >= :from AND received_at < :to
				GROUP BY unit_id ORDER BY COUNT(*) DESC, unit_id""")
			.param("units", unitIds.isEmpty() ? List.of(-1L) : List.copyOf(unitIds))
			.param("from", start(from))
			.param("to", start(to.plusDays(1)))
			.query((rs, row) -> counts.put(rs.getLong("unit_id"), rs.getLong("n")))
			.list();
		return counts;
	}

	/**
	 * The tips received in each calendar month (in Vietnam's time) of the period, by
	 * category: one count per month and category, months without tips included.
	 */
	public List<MonthFigures> monthly(Set<Long> unitIds, LocalDate from, LocalDate to) {
		List<MonthFigures> months = new ArrayList<>();
		for (YearMonth month = YearMonth.from(from); !month.atDay(1).isAfter(to); month = month.plusMonths(1)) {
			LocalDate first = month.atDay(1).isBefore(from) ? from : month.atDay(1);
			LocalDate last = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
			Map<String, Object> params = Map.of("units", unitIds.isEmpty() ? List.of(-1L) : List.copyOf(unitIds),
					"from", start(first), "to", start(last.plusDays(1)));
			months.add(new MonthFigures(month, countBy("category_code",
					" WHERE t.unit_id IN (:units) AND t.received_at >= :from AND t.received_at < :to", params)));
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

	private Map<String, Long> countBy(String column, String where, Map<String, Object> params) {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT t." + column + " AS k, COUNT(*) AS n FROM report_tip t" + where + " GROUP BY t." + column
					+ " ORDER BY t." + column)
			.params(params)
			.query((rs, row) -> counts.put(rs.getString("k"), rs.getLong("n")))
			.list();
		return counts;
	}

	private static OffsetDateTime start(LocalDate day) {
		return day.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
	}

}

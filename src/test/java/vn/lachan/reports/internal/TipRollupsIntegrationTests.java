package vn.lachan.reports.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lachan.reports.TipStatistics;
import vn.lachan.shared.time.VietnamTime;
import vn.lachan.tips.OutcomeKind;
import vn.lachan.tips.TipChannel;
import vn.lachan.tips.TipChanged;
import vn.lachan.tips.TipFacts;
import vn.lachan.tips.TipStatus;
import vn.lachan.tips.TipsReceived;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tip rollups stay equal to the per-tip copy through new tips, changes of status,
 * category and unit, outcomes, stale and repeated events, for periods that start and end
 * inside months, on month edges in Vietnam's time, and span whole months.
 */
@SpringBootTest
class TipRollupsIntegrationTests {

	@Autowired
	TipFeed feed;

	@Autowired
	TipFigureQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theRollupsCountWhatThePerTipCopyHolds() {
		long base = 880_000_000L + (System.nanoTime() % 1000) * 100;
		// units of this run only, so that a database kept between runs gives the same
		// figures
		long unit = 990_000_000L + base;
		long otherUnit = unit + 1;
		// 23:30 on 31 March and 00:10 on 1 April in Vietnam, and mid-April
		Instant lateMarch = LocalDateTime.of(2022, 3, 31, 23, 30).atZone(VietnamTime.ZONE).toInstant();
		Instant earlyApril = LocalDateTime.of(2022, 4, 1, 0, 10).atZone(VietnamTime.ZONE).toInstant();
		Instant midApril = LocalDateTime.of(2022, 4, 15, 9, 0).atZone(VietnamTime.ZONE).toInstant();
		List<TipFacts> batch = List.of(tip(base + 1, 1, unit, "drugs", TipStatus.RECEIVED, lateMarch, List.of()),
				tip(base + 2, 1, unit, "theft", TipStatus.RECEIVED, earlyApril, List.of()),
				tip(base + 3, 1, unit, "drugs", TipStatus.ASSIGNED, midApril, List.of()));
		deliver((target) -> target.on(new TipsReceived(batch)));
		List<TipFacts.Outcome> outcomes = List.of(new TipFacts.Outcome(OutcomeKind.ARREST, "drug-possession", 2, 3),
				new TipFacts.Outcome(OutcomeKind.ARREST, "drug-possession", 1, 1),
				new TipFacts.Outcome(OutcomeKind.PREVENTED, null, 1, 0));
		deliver((target) -> target.apply(tip(base + 1, 2, unit, "gambling", TipStatus.RESOLVED, lateMarch, outcomes)));
		deliver((target) -> target
			.apply(tip(base + 2, 3, otherUnit, "theft", TipStatus.RESOLVED, earlyApril, outcomes.subList(2, 3))));
		// stale and repeated events change nothing
		deliver((target) -> target.apply(tip(base + 1, 1, unit, "drugs", TipStatus.RECEIVED, lateMarch, List.of())));
		deliver((target) -> target.on(new TipsReceived(batch)));
		deliver((target) -> target.apply(tip(base + 2, 2, unit, "fight", TipStatus.VERIFYING, earlyApril, List.of())));
		// a resolved tip reopened loses its outcomes from the figures
		deliver((target) -> target
			.apply(tip(base + 3, 2, unit, "drugs", TipStatus.RESOLVED, midApril, outcomes.subList(0, 1))));
		deliver((target) -> target
			.apply(tip(base + 3, 3, unit, "drugs", TipStatus.VERIFYING, midApril, outcomes.subList(0, 1))));
		deliver((target) -> target
			.on(new TipChanged(tip(base + 4, 1, unit, "theft", TipStatus.RESOLVED, midApril, outcomes))));
		for (Set<Long> units : List.of(Set.of(unit), Set.of(unit, otherUnit), Set.of(otherUnit))) {
			for (LocalDate[] period : List.of(days("2022-03-31", "2022-03-31"), days("2022-04-01", "2022-04-01"),
					days("2022-03-15", "2022-04-10"), days("2022-03-01", "2022-04-30"),
					days("2021-01-01", "2022-04-30"), days("2022-04-02", "2022-04-30"),
					days("2022-04-01", "2022-04-14"))) {
				TipStatistics figures = this.queries.statistics(unit, units, period[0], period[1]);
				assertThat(figures.received().byCategory()).isEqualTo(countBy("category_code", units, period));
				assertThat(figures.received().byChannel()).isEqualTo(countBy("channel", units, period));
				assertThat(figures.received().byStatus()).isEqualTo(countBy("status", units, period));
				assertThat(figures.received().total()).isEqualTo(
						countBy("category_code", units, period).values().stream().mapToLong(Long::longValue).sum());
				assertThat(figures.outcomes()).isEqualTo(outcomes(units, period));
				Map<Long, Long> byUnit = this.queries.receivedByUnit(units, period[0], period[1]);
				assertThat(byUnit.values().stream().mapToLong(Long::longValue).sum())
					.isEqualTo(figures.received().total());
				List<TipFigureQueries.MonthFigures> months = this.queries.monthly(units, period[0], period[1]);
				for (TipFigureQueries.MonthFigures month : months) {
					LocalDate first = month.month().atDay(1).isBefore(period[0]) ? period[0] : month.month().atDay(1);
					LocalDate last = month.month().atEndOfMonth().isAfter(period[1]) ? period[1]
							: month.month().atEndOfMonth();
					assertThat(month.byCategory()).isEqualTo(countBy("category_code", units, days(first, last)));
				}
			}
		}
		assertThat(this.queries.statistics(unit, Set.of(unit), LocalDate.of(2022, 3, 31), LocalDate.of(2022, 3, 31))
			.outcomesByKind()
			.get("ARREST")
			.tips()).isEqualTo(1);
	}

	/**
	 * Runs a delivery as a listener does, in a transaction of its own, on the feed itself
	 * (the bean's proxy would run its listener methods asynchronously).
	 */
	private void deliver(Consumer<TipFeed> delivery) {
		TipFeed target = AopTestUtils.getUltimateTargetObject(this.feed);
		this.transactions.executeWithoutResult((status) -> delivery.accept(target));
	}

	private Map<String, Long> countBy(String column, Set<Long> units, LocalDate[] period) {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT " + column + ", COUNT(*) FROM report_tip WHERE unit_id IN (:units) AND received_at >= :from"
					+ " AND received_at < :to GROUP BY " + column + " ORDER BY " + column)
			.param("units", units)
			.param("from", period[0].atStartOfDay(VietnamTime.ZONE).toOffsetDateTime())
			.param("to", period[1].plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime())
			.query((rs) -> {
				counts.put(rs.getString(1), rs.getLong(2));
			});
		return counts;
	}

	private List<TipStatistics.OutcomeFigure> outcomes(Set<Long> units, LocalDate[] period) {
		return new ArrayList<>(this.jdbc.sql("""
				SELECT o.kind, o.offence_category, COUNT(DISTINCT o.tip_id), SUM(o.cases), SUM(o.suspects)
				FROM report_tip_outcome o JOIN report_tip t ON t.tip_id = o.tip_id
				WHERE t.unit_id IN (:units) AND t.received_at >= :from AND t.received_at < :to AND t.status = 'RESOLVED'
				GROUP BY o.kind, o.offence_category ORDER BY o.kind, o.offence_category""")
			.param("units", units)
			.param("from", period[0].atStartOfDay(VietnamTime.ZONE).toOffsetDateTime())
			.param("to", period[1].plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime())
			.query((rs, row) -> new TipStatistics.OutcomeFigure(rs.getString(1), rs.getString(2), rs.getLong(3),
					rs.getLong(4), rs.getLong(5)))
			.list());
	}

	private static LocalDate[] days(String from, String to) {
		return days(LocalDate.parse(from), LocalDate.parse(to));
	}

	private static LocalDate[] days(LocalDate from, LocalDate to) {
		return new LocalDate[] { from, to };
	}

	private static TipFacts tip(long id, int version, long unit, String category, TipStatus status, Instant received,
			List<TipFacts.Outcome> outcomes) {
		return new TipFacts(id, version, unit, category, TipChannel.FIELD, status, false, received,
				received.plus(1, ChronoUnit.DAYS), received.plus(3, ChronoUnit.DAYS),
				(status == TipStatus.RECEIVED) ? null : received.plus(1, ChronoUnit.HOURS),
				status.isOpen() ? null : received.plus(2, ChronoUnit.DAYS), outcomes);
	}

}

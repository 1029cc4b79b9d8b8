package vn.lachan.reports.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lachan.reports.StreetsFigures;
import vn.lachan.streets.ViolationFacts;
import vn.lachan.streets.ViolationStep;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The urban-order rollups stay equal to a recount of the per-violation copy through new
 * violations, changes of step, type, unit, day, fine and payment, out-of-order and
 * repeated facts, for periods that start and end inside months, on month edges, and span
 * whole months.
 */
@SpringBootTest
class ViolationRollupsIntegrationTests {

	@Autowired
	StreetsFeed feed;

	@Autowired
	StreetsFigureQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theRollupsCountWhatThePerViolationCopyHolds() {
		long base = 770_000_000L + (System.nanoTime() % 1000) * 100;
		// units of this run only, so that a database kept between runs gives the same
		// figures
		long unit = 990_000_000L + base;
		// each delivery in a transaction of its own, as a listener runs it
		deliveries(base, unit).forEach(this::deliver);
		assertRollupsEqualTheCopy(base, unit);
	}

	/**
	 * Listeners run side by side: the same deliveries, shuffled, on four threads at once
	 * (versions of one violation, a batch beside a single fact), still leave the rollups
	 * equal to the copy.
	 */
	@Test
	void concurrentListenersLeaveTheRollupsEqualToTheCopy() throws Exception {
		ShuffledDeliveries.<List<ViolationFacts>>run(5, (round) -> {
			long base = 770_000_000L + (System.nanoTime() % 1000) * 100 + 10 * (round + 1);
			long unit = 990_000_000L + base;
			List<List<ViolationFacts>> deliveries = new ArrayList<>(deliveries(base, unit));
			deliveries.addAll(deliveries(base, unit));
			// one violation changed eight times, each version delivered twice: listeners
			// of
			// one row meet
			for (int version = 1; version <= 8; version++) {
				List<ViolationFacts> change = List.of(violation(base + 6, version, unit + version % 2,
						(version % 3 == 0) ? "SIGNBOARD" : "SIDEWALK_STALL",
						(version % 2 == 0) ? ViolationStep.REMINDED : ViolationStep.DETECTED,
						LocalDate.of(2022, 3, 31).plusDays(version % 2), null, null, null));
				deliveries.add(change);
				deliveries.add(change);
			}
			return new ShuffledDeliveries.Round<>(deliveries, () -> assertRollupsEqualTheCopy(base, unit));
		}, this::deliver);
	}

	/**
	 * New violations, changes of step, type, unit, day, fine and payment, out of order,
	 * repeated and stale; each element is what one listener receives.
	 */
	private static List<List<ViolationFacts>> deliveries(long base, long unit) {
		long otherUnit = unit + 1;
		LocalDate lastOfMarch = LocalDate.of(2022, 3, 31);
		LocalDate firstOfApril = LocalDate.of(2022, 4, 1);
		LocalDate midApril = LocalDate.of(2022, 4, 15);
		List<ViolationFacts> batch = List.of(
				violation(base + 1, 1, unit, "SIDEWALK_STALL", ViolationStep.DETECTED, lastOfMarch, null, null, null),
				violation(base + 2, 1, unit, "SIGNBOARD", ViolationStep.DETECTED, firstOfApril, null, null, null),
				violation(base + 3, 1, unit, "SIDEWALK_STALL", ViolationStep.REMINDED, midApril, null, null, null));
		return List.of(batch,
				// a fine decided, then paid; the decision's version arrives after the
				// payment's
				List.of(violation(base + 1, 3, unit, "SIDEWALK_STALL", ViolationStep.PAID, lastOfMarch, 1_500_000L,
						lastOfMarch.plusDays(5), lastOfMarch.plusDays(12))),
				List.of(violation(base + 1, 2, unit, "SIDEWALK_STALL", ViolationStep.DECIDED, lastOfMarch, 1_500_000L,
						lastOfMarch.plusDays(5), null)),
				// a fine decided and its amount corrected
				List.of(violation(base + 2, 2, unit, "SIGNBOARD", ViolationStep.DECIDED, firstOfApril, 750_000L,
						firstOfApril.plusDays(3), null)),
				List.of(violation(base + 2, 3, otherUnit, "TARPAULIN", ViolationStep.DECIDED, firstOfApril.plusDays(1),
						1_000_000L, firstOfApril.plusDays(3), null)),
				// stale and repeated facts change nothing
				batch,
				List.of(violation(base + 2, 2, unit, "SIGNBOARD", ViolationStep.DECIDED, firstOfApril, 750_000L,
						firstOfApril.plusDays(3), null)),
				List.of(violation(base + 3, 2, unit, "AWNING", ViolationStep.COMPLIED, midApril, null, null, null)),
				List.of(violation(base + 3, 2, unit, "AWNING", ViolationStep.COMPLIED, midApril, null, null, null)),
				// a violation first seen in a later version, and one whose day moves
				// across a month
				List.of(violation(base + 4, 4, otherUnit, "SIGNBOARD", ViolationStep.PAID, midApril, 500_000L,
						midApril.plusDays(1), midApril.plusDays(2))),
				List.of(violation(base + 5, 1, unit, "SIGNBOARD", ViolationStep.DETECTED, lastOfMarch.minusDays(1),
						null, null, null)),
				List.of(violation(base + 5, 2, unit, "SIGNBOARD", ViolationStep.DECIDED, firstOfApril.plusDays(2),
						250_000L, firstOfApril.plusDays(4), null)));
	}

	private void deliver(List<ViolationFacts> delivery) {
		this.transactions.executeWithoutResult((status) -> {
			if (delivery.size() == 1) {
				this.feed.apply(delivery.get(0));
			}
			else {
				this.feed.applyAll(delivery);
			}
		});
	}

	private void assertRollupsEqualTheCopy(long base, long unit) {
		long otherUnit = unit + 1;
		LocalDate firstOfApril = LocalDate.of(2022, 4, 1);
		assertThat(this.jdbc.sql("SELECT version FROM report_violation WHERE violation_id = :id")
			.param("id", base + 1)
			.query(Integer.class)
			.single()).isEqualTo(3);
		for (Set<Long> units : List.of(Set.of(unit), Set.of(unit, otherUnit), Set.of(otherUnit))) {
			for (LocalDate[] period : List.of(days("2022-03-31", "2022-03-31"), days("2022-04-01", "2022-04-01"),
					days("2022-03-15", "2022-04-10"), days("2022-03-01", "2022-04-30"),
					days("2021-01-01", "2022-04-30"), days("2022-04-02", "2022-04-30"),
					days("2022-04-01", "2022-04-14"))) {
				StreetsFigures figures = this.queries.figures(unit, units, period[0], period[1]);
				assertThat(figures.byType()).isEqualTo(countBy("type_code", units, period));
				assertThat(figures.byStep()).isEqualTo(countBy("step", units, period));
				Map<Long, Long> byUnit = new TreeMap<>();
				countBy("unit_id", units, period).forEach((k, v) -> byUnit.put(Long.valueOf(k), v));
				assertThat(figures.byUnit()).isEqualTo(byUnit);
				assertThat(figures.byMonth())
					.isEqualTo(countBy("SUBSTRING(CAST(occurred_on AS VARCHAR(10)) FROM 1 FOR 7)", units, period));
				assertThat(figures.total())
					.isEqualTo(countBy("type_code", units, period).values().stream().mapToLong(Long::longValue).sum());
				assertThat(figures.decided()).isEqualTo(fines("decided_on", units, period));
				assertThat(figures.paid()).isEqualTo(fines("paid_on", units, period));
			}
		}
		StreetsFigures april = this.queries.figures(unit, Set.of(unit, otherUnit), firstOfApril,
				LocalDate.of(2022, 4, 30));
		assertThat(april.decided()).isEqualTo(new StreetsFigures.Fines(3, 1_750_000L));
		assertThat(april.paid()).isEqualTo(new StreetsFigures.Fines(1, 500_000L));
		// no row is left that counts nothing
		assertThat(this.jdbc
			.sql("SELECT COUNT(*) FROM report_violation_count WHERE unit_id IN (:units) AND violations <= 0")
			.param("units", List.of(unit, otherUnit))
			.query(Long.class)
			.single()).isZero();
	}

	private Map<String, Long> countBy(String column, Set<Long> units, LocalDate[] period) {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT CAST(" + column + " AS VARCHAR(40)), COUNT(*) FROM report_violation WHERE unit_id IN (:units)"
					+ " AND occurred_on >= :from AND occurred_on <= :to GROUP BY 1 ORDER BY 1")
			.param("units", units)
			.param("from", period[0])
			.param("to", period[1])
			.query((rs) -> {
				counts.put(rs.getString(1), rs.getLong(2));
			});
		return counts;
	}

	private StreetsFigures.Fines fines(String day, Set<Long> units, LocalDate[] period) {
		return this.jdbc.sql(
				"SELECT COUNT(fine_amount), COALESCE(SUM(fine_amount), 0) FROM report_violation WHERE unit_id IN (:units)"
						+ " AND occurred_on >= :from AND occurred_on <= :to AND " + day + " IS NOT NULL")
			.param("units", units)
			.param("from", period[0])
			.param("to", period[1])
			.query((rs, row) -> new StreetsFigures.Fines(rs.getLong(1), rs.getLong(2)))
			.single();
	}

	private static LocalDate[] days(String from, String to) {
		return new LocalDate[] { LocalDate.parse(from), LocalDate.parse(to) };
	}

	private static ViolationFacts violation(long id, int version, long unit, String type, ViolationStep step,
			LocalDate occurredOn, Long fine, LocalDate decidedOn, LocalDate paidOn) {
		LocalDate closedOn = (step == ViolationStep.PAID || step == ViolationStep.COMPLIED) ? occurredOn.plusDays(20)
				: null;
		return new ViolationFacts(id, version, unit, type, step, occurredOn, fine, decidedOn, paidOn, closedOn);
	}

}

package vn.lachan.reports.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lachan.shared.time.VietnamTime;
import vn.lachan.tips.TipChannel;
import vn.lachan.tips.TipFacts;
import vn.lachan.tips.TipStatus;
import vn.lachan.tips.TipsReceived;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open and overdue tips counted from {@code report_open_tip} stay equal to a recount
 * of the per-tip copy ({@code report_tip}, with the overdue rule on its own columns)
 * through new tips, classification, closing, reopening, moves between units, stale and
 * repeated events, and listeners running side by side.
 */
@SpringBootTest
class OpenTipsIntegrationTests {

	private static final String OPEN = "status IN ('RECEIVED', 'ASSIGNED', 'VERIFYING')";

	private static final String OVERDUE = OPEN
			+ " AND ((classified_at IS NULL AND classify_by < :now) OR forward_by < :now)";

	@Autowired
	TipFeed feed;

	@Autowired
	TipFigureQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theOpenTipsAreThoseOfThePerTipCopy() {
		long base = 860_000_000L + (System.nanoTime() % 1000) * 100;
		long unit = 990_000_000L + base;
		Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
		deliveries(base, unit, now).forEach(this::deliver);
		assertFiguresEqualTheCopy(base, unit);
		// what the deliveries leave: tips 1 (overdue), 3 (not yet due) and 6 (overdue)
		// of the unit, 5 (overdue) of the other unit
		assertThat(this.queries.openAndOverdue(Set.of(unit))).containsExactly(3, 2);
		assertThat(this.queries.openAndOverdue(Set.of(unit, unit + 1))).containsExactly(4, 3);
	}

	/**
	 * The same deliveries, twice and shuffled, on four threads at once (versions of one
	 * tip, a batch beside a single fact), still leave the open tips equal to the copy's.
	 */
	@Test
	void concurrentListenersLeaveTheOpenTipsEqualToTheCopy() throws Exception {
		ShuffledDeliveries.<Consumer<TipFeed>>run(5, (round) -> {
			long base = 860_000_000L + (System.nanoTime() % 1000) * 100 + 10 * (round + 1);
			long unit = 990_000_000L + base;
			Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
			List<Consumer<TipFeed>> deliveries = new ArrayList<>(deliveries(base, unit, now));
			deliveries.addAll(deliveries(base, unit, now));
			// one tip changed eight times, each version delivered twice
			for (int version = 1; version <= 8; version++) {
				TipFacts change = tip(base + 7, version, unit + version % 2,
						(version % 3 == 0) ? TipStatus.RESOLVED : TipStatus.ASSIGNED,
						now.minus(version, ChronoUnit.DAYS), version % 2 == 0);
				deliveries.add((target) -> target.apply(change));
				deliveries.add((target) -> target.apply(change));
			}
			return new ShuffledDeliveries.Round<>(deliveries, () -> assertFiguresEqualTheCopy(base, unit));
		}, this::deliver);
	}

	/**
	 * New tips in a batch (intake's path), then classified, closed, reopened, moved, out
	 * of order, repeated and stale; each element is what one listener receives.
	 */
	private static List<Consumer<TipFeed>> deliveries(long base, long unit, Instant now) {
		long otherUnit = unit + 1;
		Instant twoDaysAgo = now.minus(2, ChronoUnit.DAYS);
		List<TipFacts> batch = List.of(tip(base + 1, 1, unit, TipStatus.RECEIVED, twoDaysAgo, false),
				tip(base + 2, 1, unit, TipStatus.RECEIVED, now.minus(1, ChronoUnit.HOURS), false),
				tip(base + 3, 1, unit, TipStatus.RECEIVED, twoDaysAgo, false));
		List<Consumer<TipFeed>> deliveries = new ArrayList<>();
		deliveries.add((target) -> target.applyAll(batch));
		// tip 1 stays unclassified (overdue); tip 2 is resolved; tip 3 is classified in
		// time, so its forwarding deadline (tomorrow) is what counts
		deliveries.add((target) -> target.apply(tip(base + 2, 3, unit, TipStatus.RESOLVED, now, true)));
		deliveries.add((target) -> target.apply(tip(base + 2, 2, unit, TipStatus.ASSIGNED, now, true)));
		deliveries.add((target) -> target.apply(tip(base + 3, 2, unit, TipStatus.ASSIGNED, twoDaysAgo, true)));
		// tip 4 is rejected, reopened, and rejected again; the reopening arrives last
		deliveries.add((target) -> target.apply(tip(base + 4, 1, unit, TipStatus.RECEIVED, twoDaysAgo, false)));
		deliveries.add((target) -> target.apply(tip(base + 4, 2, unit, TipStatus.REJECTED, twoDaysAgo, true)));
		deliveries.add((target) -> target.apply(tip(base + 4, 4, unit, TipStatus.REJECTED, twoDaysAgo, true)));
		deliveries.add((target) -> target.apply(tip(base + 4, 3, unit, TipStatus.VERIFYING, twoDaysAgo, true)));
		// tip 5 moves to the other unit, its clock run out; first seen in a later version
		deliveries.add((target) -> target
			.apply(tip(base + 5, 3, otherUnit, TipStatus.VERIFYING, now.minus(5, ChronoUnit.DAYS), true)));
		// tip 6 received long ago, still open: overdue in the article's period
		deliveries.add((target) -> target.apply(tip(base + 6, 1, unit, TipStatus.ASSIGNED,
				LocalDate.of(2022, 3, 31).atStartOfDay(VietnamTime.ZONE).toInstant(), true)));
		// stale and repeated events change nothing
		deliveries.add((target) -> target.applyAll(batch));
		deliveries.add((target) -> target.apply(tip(base + 3, 2, unit, TipStatus.ASSIGNED, twoDaysAgo, true)));
		deliveries.add((target) -> target.apply(tip(base + 1, 1, unit, TipStatus.RECEIVED, twoDaysAgo, false)));
		return deliveries;
	}

	/**
	 * Runs a delivery as a listener does, in a transaction of its own, on the feed itself
	 * (the bean's proxy would run its listener methods asynchronously).
	 */
	private void deliver(Consumer<TipFeed> delivery) {
		TipFeed target = AopTestUtils.getUltimateTargetObject(this.feed);
		this.transactions.executeWithoutResult((status) -> delivery.accept(target));
	}

	private void assertFiguresEqualTheCopy(long base, long unit) {
		Instant now = Instant.now();
		for (Set<Long> units : List.of(Set.of(unit), Set.of(unit, unit + 1), Set.of(unit + 1))) {
			long[] figures = this.queries.openAndOverdue(units);
			assertThat(figures[0]).isEqualTo(count(OPEN, units, now, null));
			assertThat(figures[1]).isEqualTo(count(OVERDUE, units, now, null));
			LocalDate today = LocalDate.now(VietnamTime.ZONE);
			for (LocalDate[] period : List.of(new LocalDate[] { today.minusDays(30), today },
					new LocalDate[] { today.minusDays(1), today.minusDays(1) },
					new LocalDate[] { LocalDate.of(2021, 1, 1), LocalDate.of(2022, 4, 30) })) {
				assertThat(this.queries.statistics(unit, units, period[0], period[1]).received().overdue())
					.isEqualTo(count(OVERDUE, units, now, period));
			}
		}
		// every open tip of the copy has its row, with its due time, and no other tip has
		// one
		List<Long> ids = List.of(base + 1, base + 2, base + 3, base + 4, base + 5, base + 6, base + 7);
		assertThat(this.jdbc.sql("SELECT tip_id FROM report_open_tip WHERE tip_id IN (:ids) ORDER BY tip_id")
			.param("ids", ids)
			.query(Long.class)
			.list())
			.isEqualTo(this.jdbc
				.sql("SELECT tip_id FROM report_tip WHERE tip_id IN (:ids) AND " + OPEN + " ORDER BY tip_id")
				.param("ids", ids)
				.query(Long.class)
				.list());
		assertThat(this.jdbc.sql("""
				SELECT COUNT(*) FROM report_open_tip o JOIN report_tip t ON t.tip_id = o.tip_id
				WHERE o.tip_id IN (:ids) AND (o.unit_id <> t.unit_id OR o.received_at <> t.received_at
				  OR o.due_at <> CASE WHEN t.classified_at IS NULL AND t.classify_by < t.forward_by THEN t.classify_by
				    ELSE t.forward_by END)""").param("ids", ids).query(Long.class).single()).isZero();
	}

	private long count(String condition, Set<Long> units, Instant now, LocalDate[] period) {
		String received = (period != null) ? " AND received_at >= :from AND received_at < :to" : "";
		JdbcClient.StatementSpec spec = this.jdbc
			.sql("SELECT COUNT(*) FROM report_tip WHERE unit_id IN (:units) AND " + condition + received)
			.param("units", units)
			.param("now", now.atOffset(ZoneOffset.UTC));
		if (period != null) {
			spec = spec.param("from", period[0].atStartOfDay(VietnamTime.ZONE).toOffsetDateTime())
				.param("to", period[1].plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime());
		}
		return spec.query(Long.class).single();
	}

	/**
	 * A tip received at that time, due to be classified a day later and resolved or
	 * forwarded three days later, classified an hour after it arrived when
	 * {@code classified}.
	 */
	private static TipFacts tip(long id, int version, long unit, TipStatus status, Instant received,
			boolean classified) {
		return new TipFacts(id, version, unit, "theft", TipChannel.FIELD, status, false, received,
				received.plus(1, ChronoUnit.DAYS), received.plus(3, ChronoUnit.DAYS),
				classified ? received.plus(1, ChronoUnit.HOURS) : null,
				status.isOpen() ? null : received.plus(2, ChronoUnit.DAYS), List.of());
	}

	/** Intake's path: a batch of new tips, copied with multi-row inserts. */
	@Test
	void aBatchOfNewTipsIsCountedOpen() {
		long base = 860_000_000L + (System.nanoTime() % 1000) * 100 + 99;
		long unit = 990_000_000L + base;
		Instant now = Instant.now();
		List<TipFacts> batch = List.of(tip(base, 1, unit, TipStatus.RECEIVED, now.minus(2, ChronoUnit.DAYS), false),
				tip(base + 1, 1, unit, TipStatus.RECEIVED, now.minus(1, ChronoUnit.HOURS), false));
		deliver((target) -> target.on(new TipsReceived(batch)));
		assertThat(this.queries.openAndOverdue(Set.of(unit))).containsExactly(2, 1);
		// redelivered: the one-by-one path, which changes nothing
		deliver((target) -> target.on(new TipsReceived(batch)));
		assertThat(this.queries.openAndOverdue(Set.of(unit))).containsExactly(2, 1);
	}

}

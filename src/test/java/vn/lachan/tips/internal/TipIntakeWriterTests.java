package vn.lachan.tips.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;

import vn.lachan.tips.TipChannel;
import vn.lachan.tips.TipsReceived;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * How the intake writer groups tips: it waits for more only while more submissions are on
 * their way than are waiting, and never for one that does not come. The database is
 * replaced by a recorder of groups; {@code TipGroupCommitIntegrationTests} covers the
 * real commits.
 */
class TipIntakeWriterTests {

	private final List<List<String>> groups = new CopyOnWriteArrayList<>();

	private final List<Integer> events = new CopyOnWriteArrayList<>();

	private final IntakeTraffic traffic = new IntakeTraffic();

	private final ExecutorService requests = Executors.newFixedThreadPool(4);

	private TipIntakeWriter writer;

	@AfterEach
	void stop() {
		this.requests.shutdownNow();
		if (this.writer != null) {
			this.writer.stop();
		}
	}

	@Test
	void aTipWithNothingElseOnTheWayIsCommittedAlone() {
		start(Duration.ofMinutes(1), Duration.ofMinutes(1));
		this.traffic.arrived();

		Tip saved = this.writer.write(() -> tip("một mình"), List.of());

		assertThat(saved.id()).isNotNull();
		assertThat(this.groups).containsExactly(List.of("một mình"));
		assertThat(this.events).containsExactly(1);
	}

	@Test
	void tipsOnTheirWayJoinTheGroupOfTheFirst() throws Exception {
		start(Duration.ofMinutes(1), Duration.ofMinutes(1));
		for (int i = 0; i < 3; i++) {
			this.traffic.arrived();
		}

		List<Future<Tip>> answers = new ArrayList<>();
		for (String description : List.of("thứ nhất", "thứ hai", "thứ ba")) {
			answers.add(this.requests.submit(() -> this.writer.write(() -> tip(description), List.of())));
			Thread.sleep(50);
		}

		for (Future<Tip> answer : answers) {
			assertThat(answer.get(10, TimeUnit.SECONDS).id()).isNotNull();
		}
		assertThat(this.groups).hasSize(1);
		assertThat(this.groups.get(0)).containsExactlyInAnyOrder("thứ nhất", "thứ hai", "thứ ba");
		assertThat(this.events).containsExactly(3);
	}

	@Test
	void aSubmissionThatNeverArrivesIsWaitedForOnlyOneLinger() {
		// two on their way, but the second is refused before it reaches the writer
		start(Duration.ofMillis(50), Duration.ofMinutes(1));
		this.traffic.arrived();
		this.traffic.arrived();

		Tip saved = this.writer.write(() -> tip("người đến"), List.of());

		assertThat(saved.id()).isNotNull();
		assertThat(this.groups).containsExactly(List.of("người đến"));
	}

	@Test
	void aGroupIsCommittedAtMaxLingerEvenWhileTipsKeepComing() throws Exception {
		start(Duration.ofMinutes(1), Duration.ofMillis(100));
		for (int i = 0; i < 3; i++) {
			this.traffic.arrived();
		}

		Future<Tip> first = this.requests.submit(() -> this.writer.write(() -> tip("sớm"), List.of()));
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.groups.isEmpty());
		Tip late = this.writer.write(() -> tip("muộn"), List.of());

		assertThat(first.get(10, TimeUnit.SECONDS).id()).isNotNull();
		assertThat(late.id()).isNotNull();
		assertThat(this.groups).containsExactly(List.of("sớm"), List.of("muộn"));
	}

	private void start(Duration linger, Duration maxLinger) {
		AtomicLong ids = new AtomicLong();
		TipInserts inserts = new TipInserts(null) {

			@Override
			void insert(List<Tip> tips) {
				tips.forEach((tip) -> tip.inserted(ids.incrementAndGet()));
				TipIntakeWriterTests.this.groups.add(tips.stream().map(Tip::description).toList());
			}

		};
		this.writer = new TipIntakeWriter(inserts, null, (event) -> {
			if (event instanceof TipsReceived received) {
				this.events.add(received.facts().size());
			}
		}, this.traffic, new NoTransactions(), 1, 64, 16, Duration.ofSeconds(30), linger, maxLinger);
		this.writer.start();
	}

	private static Tip tip(String description) {
		Instant now = Instant.parse("2026-11-29T08:00:00Z");
		return Tip.receive(
				new Tip.Receiving("LC-" + description.hashCode(), ReceiptCodes.hash("SECRET"), null, TipChannel.WEB,
						now, null, now),
				new Tip.Content("noise", false, description, now, null, null, Circumstances.NONE),
				TipPlace.given(1L, null, null, new BigDecimal("20.437400"), new BigDecimal("106.182900")),
				new TipReporter(ReporterKind.ANONYMOUS, null, null, null, null),
				new Deadlines(now.plusSeconds(86400), now.plusSeconds(7 * 86400)), Actor.REPORTER);
	}

	/** Transactions that do nothing: the recorder of groups has no database. */
	private static final class NoTransactions implements PlatformTransactionManager {

		@Override
		public TransactionStatus getTransaction(TransactionDefinition definition) {
			return new SimpleTransactionStatus();
		}

		@Override
		public void commit(TransactionStatus status) {
		}

		@Override
		public void rollback(TransactionStatus status) {
		}

	}

}

package vn.lachan.tips;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lachan.shared.DemoData;
import vn.lachan.territory.TerritoryCatalog;
import vn.lachan.tips.internal.ReporterDetails;
import vn.lachan.tips.internal.TipPlace;
import vn.lachan.tips.internal.TipSubmission;
import vn.lachan.tips.internal.Receipt;
import vn.lachan.tips.internal.TipIntake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Public tips submitted at the same time share commits: each request still gets its own
 * receipt, every tip is stored once with its timeline and reaches the figures, and a
 * retry racing its original is stored once.
 */
@SpringBootTest
class TipGroupCommitIntegrationTests {

	@Autowired
	TipIntake intake;

	@Autowired
	TerritoryCatalog territory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void concurrentSubmissionsAreEachCommittedOnceWithTheirOwnReceipt() throws Exception {
		String marker = UUID.randomUUID().toString();
		int count = 80;
		List<Callable<Receipt>> submissions = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String description = "Tiếng ồn lúc nửa đêm " + marker + " #" + i;
			submissions.add(() -> this.intake.submit(submission(description, null)));
		}
		List<Receipt> receipts = runTogether(submissions);

		assertThat(receipts).extracting(Receipt::code).doesNotHaveDuplicates().hasSize(count);
		List<Map<String, Object>> rows = this.jdbc
			.sql("SELECT id, receipt_code, status FROM tip WHERE description LIKE :m ORDER BY id")
			.param("m", "%" + marker + "%")
			.query()
			.listOfRows();
		assertThat(rows).hasSize(count);
		assertThat(rows).extracting((row) -> row.get("status")).containsOnly("RECEIVED");
		assertThat(rows).extracting((row) -> row.get("receipt_code"))
			.containsExactlyInAnyOrderElementsOf(receipts.stream().map(Receipt::code).toList());
		List<Long> ids = receipts.stream().map(Receipt::tipId).toList();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM tip_timeline WHERE kind = 'RECEIVED' AND tip_id IN (:ids)")
			.param("ids", ids)
			.query(Long.class)
			.single()).isEqualTo(count);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.jdbc.sql("SELECT COUNT(*) FROM report_tip WHERE tip_id IN (:ids)")
				.param("ids", ids)
				.query(Long.class)
				.single()).isEqualTo(count));
	}

	@Test
	void retriesRacingTheirOriginalAreStoredOnce() throws Exception {
		String marker = UUID.randomUUID().toString();
		String key = UUID.randomUUID().toString();
		List<Callable<Receipt>> submissions = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			// the same key, and other people's tips in the same groups
			submissions.add(() -> this.intake.submit(submission("Đánh bạc ở nhà số 5 " + marker, key)));
			String other = "Cãi nhau to " + marker + " #" + i;
			submissions.add(() -> this.intake.submit(submission(other, null)));
		}
		List<Receipt> receipts = runTogether(submissions);

		List<Receipt> retried = new ArrayList<>();
		for (int i = 0; i < receipts.size(); i += 2) {
			retried.add(receipts.get(i));
		}
		assertThat(retried).extracting(Receipt::code).containsOnly(retried.get(0).code());
		assertThat(retried).extracting(Receipt::secret).containsOnly(retried.get(0).secret());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM tip WHERE description LIKE :m")
			.param("m", "Đánh bạc ở nhà số 5 " + marker)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM tip WHERE description LIKE :m")
			.param("m", "Cãi nhau to " + marker + "%")
			.query(Long.class)
			.single()).isEqualTo(12);
	}

	private TipSubmission submission(String description, String idempotencyKey) {
		long unit = this.territory.findUnitByCode("13639", DemoData.AS_OF).orElseThrow().id();
		return TipSubmission.ofPublic(TipChannel.WEB, "noise", description, null,
				TipPlace.given(unit, null, null, null, null), null, ReporterDetails.NONE, Map.of(), idempotencyKey,
				List.of());
	}

	private static <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			List<Future<T>> futures = pool.invokeAll(tasks);
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}

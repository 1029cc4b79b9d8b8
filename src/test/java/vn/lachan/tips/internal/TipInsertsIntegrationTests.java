package vn.lachan.tips.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lachan.shared.DemoData;
import vn.lachan.territory.TerritoryCatalog;
import vn.lachan.tips.TipChannel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The intake's batch insert writes exactly the rows Spring Data JDBC writes for the same
 * new tip, every column of the tip and of its timeline, so that a column added to the
 * aggregate cannot be forgotten there.
 */
@SpringBootTest
// the MockMvc context of the other integration tests, so that the context cache reuses it
@AutoConfigureMockMvc
class TipInsertsIntegrationTests {

	private static final Set<String> DIFFERENT_BY_DESIGN = Set.of("id", "receipt_code", "idempotency_key",
			"search_text", "tip_id");

	@Autowired
	TipInserts inserts;

	@Autowired
	TipRepository repository;

	@Autowired
	TerritoryCatalog territory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void writesTheSameRowsAsTheRepository() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		Tip viaRepository = this.repository.save(newTip(now));
		Tip viaBatch = newTip(now);
		this.transactions.executeWithoutResult((status) -> this.inserts.insert(List.of(viaBatch)));

		assertThat(viaBatch.id()).isNotNull().isNotEqualTo(viaRepository.id());
		assertThat(viaBatch.version()).isEqualTo(viaRepository.version());
		Map<String, Object> expected = row("tip", "id", viaRepository.id());
		Map<String, Object> actual = row("tip", "id", viaBatch.id());
		assertThat(actual.keySet()).isEqualTo(expected.keySet());
		assertThat(withoutKeys(actual)).isEqualTo(withoutKeys(expected));
		assertThat(withoutKeys(expected).values()).as("the draft fills every column but a few")
			.filteredOn((v) -> v == null)
			.hasSizeLessThanOrEqualTo(12);
		assertThat(withoutKeys(row("tip_timeline", "tip_id", viaBatch.id())))
			.isEqualTo(withoutKeys(row("tip_timeline", "tip_id", viaRepository.id())));
		assertThat(this.repository.findById(viaBatch.id()).orElseThrow().facts()).isEqualTo(viaBatch.facts())
			.extracting((facts) -> facts.version())
			.isEqualTo(1);
	}

	@Test
	void refusesTipsThatAreNotNew() {
		Tip saved = this.repository.save(newTip(Instant.now()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.transactions.executeWithoutResult((status) -> this.inserts.insert(List.of(saved))));
	}

	private Tip newTip(Instant now) {
		long unit = this.territory.findUnitByCode("13639", DemoData.AS_OF).orElseThrow().id();
		String code = "LC-T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		return Tip.receive(
				new Tip.Receiving(code, "a".repeat(64), "test:" + UUID.randomUUID(), TipChannel.PHONE, now, 3L, now),
				new Tip.Content("theft", true, "Mất xe máy trước cửa nhà", now.minus(2, ChronoUnit.HOURS),
						"{\"vehicle\":\"motorbike\"}", "không muốn nêu",
						new Circumstances("hai thanh niên", "một xe máy", "đã báo công an khu vực", "thấy tận mắt")),
				TipPlace.given(unit, null, "Số 5 Hàng Sắt", new BigDecimal("20.437400"), new BigDecimal("106.182900")),
				new TipReporter(ReporterKind.IDENTIFIED, 7L, "enc:name", "enc:contact", "enc:id"),
				new Deadlines(now.plus(1, ChronoUnit.DAYS), now.plus(7, ChronoUnit.DAYS)),
				new Actor(3L, "Cán bộ trực ban"));
	}

	private Map<String, Object> row(String table, String key, long id) {
		return this.jdbc.sql("SELECT * FROM " + table + " WHERE " + key + " = :id").param("id", id).query().singleRow();
	}

	private static Map<String, Object> withoutKeys(Map<String, Object> row) {
		Map<String, Object> kept = new HashMap<>(row);
		kept.keySet().removeAll(DIFFERENT_BY_DESIGN);
		kept.replaceAll(
				(column, value) -> (value instanceof java.time.temporal.Temporal || value instanceof java.sql.Timestamp)
						? value.toString() : value);
		return kept;
	}

}

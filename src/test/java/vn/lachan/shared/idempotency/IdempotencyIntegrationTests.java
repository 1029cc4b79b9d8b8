package vn.lachan.shared.idempotency;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import vn.lachan.shared.idempotency.CreatingPostSamples.Sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Walks the OpenAPI document and checks the {@code Idempotency-Key} header on every POST
 * that creates a record. "Creates a record" is read from the document: a POST operation
 * that documents a {@code 201} response. Each needs a sample in
 * {@link CreatingPostSamples}; the first test fails when one is missing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IdempotencyIntegrationTests {

	private static final AtomicLong MARKERS = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 1000);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	IdempotencyKeys keys;

	@Autowired
	Clock clock;

	@Test
	void everyCreatingPostOfTheDocumentHasASampleAndDocumentsTheHeader() throws Exception {
		Map<String, JsonNode> creating = creatingPosts();
		assertThat(creating).as("creating POSTs in /v3/api-docs").isNotEmpty();
		Set<String> missing = new TreeSet<>(creating.keySet());
		missing.removeAll(samples().keySet());
		assertThat(missing).as("creating POSTs without a sample in CreatingPostSamples").isEmpty();
		Set<String> stale = new TreeSet<>(samples().keySet());
		stale.removeAll(creating.keySet());
		assertThat(stale).as("samples of operations that are not creating POSTs any more").isEmpty();
		creating.forEach((operation, node) -> {
			List<String> headers = new ArrayList<>();
			node.path("parameters").forEach((parameter) -> {
				if ("header".equals(parameter.path("in").asString())) {
					headers.add(parameter.path("name").asString());
				}
			});
			assertThat(headers).as(operation).contains("Idempotency-Key");
		});
	}

	@TestFactory
	Stream<DynamicTest> everyCreatingPostIsStoredOncePerKey() {
		return samples().entrySet()
			.stream()
			.map((entry) -> DynamicTest.dynamicTest(entry.getKey(), () -> checkIdempotent(entry.getValue())));
	}

	@Test
	void anInvalidKeyIsABadRequestAndExpiredKeysArePurged() throws Exception {
		Sample sample = samples().get("POST /api/v1/tips");
		MockHttpServletResponse invalid = this.mvc
			.perform(sample.request().apply(marker()).header("Idempotency-Key", "x".repeat(256)))
			.andReturn()
			.getResponse();
		assertThat(invalid.getStatus()).isEqualTo(400);
		assertThat(invalid.getContentType()).startsWith("application/problem+json");
		this.jdbc
			.sql("""
					INSERT INTO shared_idempotency_key (caller, idem_key, fingerprint, created_at, expires_at)
					VALUES ('anonymous', 'old-key', 'f', TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-02 00:00:00')""")
			.update();
		assertThat(this.keys.deleteExpired()).isGreaterThanOrEqualTo(1);
		assertThat(this.keys.find("anonymous", "old-key")).isEmpty();
	}

	@Test
	void aClaimLeftWithoutAnAnswerByADeadInstanceIsTakenOverAfterItsTimeout() {
		Instant now = this.clock.instant();
		String key = UUID.randomUUID().toString();
		this.jdbc.sql("""
				INSERT INTO shared_idempotency_key (caller, idem_key, fingerprint, created_at, expires_at)
				VALUES ('anonymous', :key, 'f', :created, :expires)""")
			.param("key", key)
			.param("created", Timestamp.from(now.minus(IdempotencyKeys.CLAIM_TIMEOUT).minusSeconds(1)))
			.param("expires", Timestamp.from(now.plus(IdempotencyKeys.LIFETIME)))
			.update();
		assertThat(this.keys.claim("anonymous", key, "f")).as("a claim older than the timeout").isTrue();
		assertThat(this.keys.claim("anonymous", key, "f")).as("the new claim, in progress").isFalse();
		this.keys.complete("anonymous", key, 201, "application/json", null, "{}");
		this.jdbc.sql("UPDATE shared_idempotency_key SET created_at = :created WHERE idem_key = :key")
			.param("created", Timestamp.from(now.minus(IdempotencyKeys.CLAIM_TIMEOUT).minusSeconds(60)))
			.param("key", key)
			.update();
		assertThat(this.keys.claim("anonymous", key, "f")).as("an answered key stays until it expires").isFalse();
		assertThat(this.keys.find("anonymous", key))
			.hasValueSatisfying((entry) -> assertThat(entry.completed()).isTrue());
	}

	private void checkIdempotent(Sample sample) throws Exception {
		String key = UUID.randomUUID().toString();
		String marker = marker();
		long before = rows(sample);
		MockHttpServletResponse first = send(sample, marker, key);
		assertThat(first.getStatus()).as(first.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.isEqualTo(201);
		MockHttpServletResponse second = send(sample, marker, key);
		assertThat(second.getStatus()).isEqualTo(first.getStatus());
		assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString());
		assertThat(second.getHeader(HttpHeaders.LOCATION)).isEqualTo(first.getHeader(HttpHeaders.LOCATION));
		assertThat(second.getHeader("Idempotent-Replayed")).isEqualTo("true");
		assertThat(rows(sample)).isEqualTo(before + 1);

		MockHttpServletResponse other = send(sample, marker(), key);
		assertThat(other.getStatus()).isEqualTo(422);
		assertThat(other.getContentType()).startsWith("application/problem+json");
		assertThat(rows(sample)).isEqualTo(before + 1);

		String concurrentKey = UUID.randomUUID().toString();
		String concurrentMarker = marker();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return send(sample, concurrentMarker, concurrentKey);
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<MockHttpServletResponse> answer : answers) {
				statuses.add(answer.get().getStatus());
			}
			assertThat(statuses).as("201 for the first and replays, 409 while it runs").isSubsetOf(201, 409);
			assertThat(statuses).contains(201);
		}
		finally {
			pool.shutdown();
		}
		assertThat(rows(sample)).isEqualTo(before + 2);
		assertThat(send(sample, concurrentMarker, concurrentKey).getStatus()).isEqualTo(201);
		assertThat(rows(sample)).isEqualTo(before + 2);
	}

	private MockHttpServletResponse send(Sample sample, String marker, String key) throws Exception {
		return this.mvc.perform(sample.request().apply(marker).header("Idempotency-Key", key))
			.andReturn()
			.getResponse();
	}

	private long rows(Sample sample) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + sample.table()).query(Long.class).single();
	}

	private Map<String, Sample> samples() {
		return new CreatingPostSamples(this.jdbc).all();
	}

	private static String marker() {
		return Long.toString(MARKERS.incrementAndGet());
	}

	/** The POST operations that document a 201 response, as "POST path". */
	private Map<String, JsonNode> creatingPosts() throws Exception {
		String document = this.mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		Map<String, JsonNode> creating = new java.util.TreeMap<>();
		this.json.readTree(document).path("paths").properties().forEach((path) -> {
			JsonNode post = path.getValue().path("post");
			if (post.path("responses").has("201")) {
				creating.put("POST " + path.getKey(), post);
			}
		});
		return creating;
	}

}

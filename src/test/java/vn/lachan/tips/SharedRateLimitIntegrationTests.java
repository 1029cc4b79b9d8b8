package vn.lachan.tips;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lachan.LachanApplication;
import vn.lachan.shared.DemoData;
import vn.lachan.shared.ratelimit.RateLimits;
import vn.lachan.tips.internal.PublicRateLimiter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application contexts on one database, as two instances behind a load balancer: the
 * public rate limit is one count for both, a client refused by one is refused by the
 * other, and another client is not touched; the cleanup deletes only buckets that are
 * full again. On PostgreSQL only (tag {@code postgres}, run by CI's PostgreSQL pass): the
 * embedded H2 database belongs to one instance, and its buckets are in memory.
 */
@Tag("postgres")
@SpringBootTest
class SharedRateLimitIntegrationTests {

	@Autowired
	PublicRateLimiter first;

	@Autowired
	RateLimits limits;

	@Autowired
	Environment environment;

	@Autowired
	JdbcClient jdbc;

	@Value("${lachan.tips.rate-limit.per-minute:30}")
	int perMinute;

	@Test
	void twoInstancesOnOneDatabaseShareOneLimit() throws Exception {
		try (ConfigurableApplicationContext secondInstance = new SpringApplicationBuilder(LachanApplication.class)
			.profiles(this.environment.getActiveProfiles())
			.properties("server.port=0", "spring.flyway.enabled=false", DemoData.ENABLED_PROPERTY + "=false",
					"spring.main.banner-mode=off")
			.run()) {
			PublicRateLimiter second = secondInstance.getBean(PublicRateLimiter.class);
			String client = "203.0.113.77";
			int allowed = 0;
			for (int i = 0; i < this.perMinute; i++) {
				PublicRateLimiter instance = (i % 2 == 0) ? this.first : second;
				allowed += instance.tryAcquire(client) ? 1 : 0;
			}
			assertThat(allowed).as("requests through both instances within the limit").isEqualTo(this.perMinute);
			assertThat(this.first.tryAcquire(client)).as("one more through the first").isFalse();
			assertThat(second.tryAcquire(client)).as("one more through the second").isFalse();
			assertThat(second.tryAcquire("203.0.113.78")).as("another client").isTrue();
			assertThat(concurrently(this.first, second, "203.0.113.79", 3 * this.perMinute))
				.as("a new client's requests arriving at once through both instances (batched)")
				.isEqualTo(this.perMinute);

			// nothing of the address itself is stored; a bucket still in use stays
			assertThat(this.jdbc.sql("SELECT id FROM rate_bucket").query(String.class).list())
				.noneMatch((id) -> id.contains("203.0.113"));
			long before = count();
			this.limits.removeFullBuckets();
			assertThat(count()).isEqualTo(before);
			this.jdbc.sql("UPDATE rate_bucket SET expires_at = 0").update();
			secondInstance.getBean(RateLimits.class).removeFullBuckets();
			assertThat(count()).isZero();
			assertThat(this.first.tryAcquire(client)).as("a client whose bucket is gone starts afresh").isTrue();
		}
		assertThat(Arrays.asList(this.environment.getActiveProfiles())).contains("test");
	}

	/**
	 * How many of {@code requests} sent at once, alternately through both, were allowed.
	 */
	private static long concurrently(PublicRateLimiter first, PublicRateLimiter second, String client, int requests)
			throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(16);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Boolean>> answers = new ArrayList<>();
			for (int i = 0; i < requests; i++) {
				PublicRateLimiter instance = (i % 2 == 0) ? first : second;
				answers.add(threads.submit(() -> {
					start.await();
					return instance.tryAcquire(client);
				}));
			}
			start.countDown();
			long allowed = 0;
			for (Future<Boolean> answer : answers) {
				allowed += answer.get() ? 1 : 0;
			}
			return allowed;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM rate_bucket").query(Long.class).single();
	}

}

package vn.lachan.tips.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.lachan.shared.crypto.FieldEncryptor;
import vn.lachan.shared.time.VietnamTime;

/**
 * The limit on public requests per client: a token bucket per client (Bucket4j) kept in
 * the database ({@code tip_rate_bucket}), so that every instance on one database counts
 * the same requests. {@code perMinute} requests may come at once, and one more each
 * {@code 60 / perMinute} seconds.
 * <p>
 * A client is known by a keyed hash (the blind-index key) of its address and the day: the
 * address is never stored, and the same address gives another key tomorrow. A bucket's
 * row is deleted once it would be full again.
 */
@Component
public class PublicRateLimiter {

	/** The database's buckets on PostgreSQL; null on H2. */
	private final ProxyManager<String> buckets;

	/** The buckets in memory, on H2. */
	private final Map<String, Bucket> local = new ConcurrentHashMap<>();

	private final BucketConfiguration configuration;

	private final FieldEncryptor encryptor;

	private final JdbcClient jdbc;

	private final Clock clock;

	PublicRateLimiter(DataSource dataSource, JdbcClient jdbc, FieldEncryptor encryptor, Clock clock,
			@Value("${lachan.tips.rate-limit.per-minute:30}") int perMinute,
			@Value("${spring.datasource.url:}") String databaseUrl) {
		this.jdbc = jdbc;
		this.encryptor = encryptor;
		this.clock = clock;
		this.configuration = BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
			.build();
		this.buckets = !databaseUrl.startsWith("jdbc:postgresql:") ? null
				: Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
					.primaryKeyMapper(PrimaryKeyMapper.STRING)
					.table("tip_rate_bucket")
					.idColumn("id")
					.stateColumn("state")
					.expiresAtColumn("expires_at")
					.clientClock(new ClockTimeMeter(clock))
					.expirationAfterWrite(
							ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
					.build();
	}

	/** Whether one more request of this client is allowed now. */
	public boolean tryAcquire(String clientAddress) {
		String key = key(clientAddress);
		if (this.buckets == null) {
			return this.local
				.computeIfAbsent(key,
						(k) -> Bucket.builder()
							.addLimit(this.configuration.getBandwidths()[0])
							.withCustomTimePrecision(new ClockTimeMeter(this.clock))
							.build())
				.tryConsume(1);
		}
		return this.buckets.getProxy(key, () -> this.configuration).tryConsume(1);
	}

	/**
	 * Deletes the buckets that are full again (they would allow as much as a new one).
	 */
	@Scheduled(fixedDelayString = "${lachan.tips.rate-limit.cleanup-delay:PT10M}")
	@SchedulerLock(name = "tips-rate-bucket-cleanup", lockAtMostFor = "PT5M")
	public void removeFullBuckets() {
		if (this.buckets == null) {
			this.local.values()
				.removeIf(
						(bucket) -> bucket.getAvailableTokens() >= this.configuration.getBandwidths()[0].getCapacity());
			return;
		}
		this.jdbc.sql("DELETE FROM tip_rate_bucket WHERE expires_at < :now").param("now", this.clock.millis()).update();
	}

	private String key(String address) {
		LocalDate day = VietnamTime.dateOf(this.clock.instant());
		return this.encryptor.blindIndex("rate-limit|" + day + "|" + address);
	}

	/** Bucket4j's time from the application's clock. */
	private record ClockTimeMeter(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			return this.clock.millis() * 1_000_000L;
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}

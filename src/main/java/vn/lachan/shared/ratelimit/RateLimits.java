package vn.lachan.shared.ratelimit;

import java.time.Clock;
import java.time.Duration;
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
 * Rate limits counted in the database, so that every instance on one database counts the
 * same requests: a token bucket (Bucket4j) per limit and client, rows of
 * {@code rate_bucket}. A client is known by a keyed hash (the blind-index key) of the
 * limit's name, the day and the client's address: the address is never stored, and the
 * same address gives another key tomorrow. A bucket's row is deleted once it would be
 * full again.
 * <p>
 * On the embedded H2 database (one instance by nature: its file is locked by the process
 * that opened it) the buckets are kept in memory with the same configuration; Bucket4j
 * has no H2 backend.
 */
@Component
public class RateLimits {

	/** The database's buckets on PostgreSQL; null on H2. */
	private final ProxyManager<String> buckets;

	/** The buckets in memory, on H2, with their capacity. */
	private final Map<String, Bucket> local = new ConcurrentHashMap<>();

	private final Map<String, Long> capacities = new ConcurrentHashMap<>();

	private final FieldEncryptor encryptor;

	private final JdbcClient jdbc;

	private final Clock clock;

	RateLimits(DataSource dataSource, JdbcClient jdbc, FieldEncryptor encryptor, Clock clock,
			@Value("${spring.datasource.url:}") String databaseUrl) {
		this.jdbc = jdbc;
		this.encryptor = encryptor;
		this.clock = clock;
		this.buckets = !databaseUrl.startsWith("jdbc:postgresql:") ? null
				: Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
					.primaryKeyMapper(PrimaryKeyMapper.STRING)
					.table("rate_bucket")
					.idColumn("id")
					.stateColumn("state")
					.expiresAtColumn("expires_at")
					.clientClock(new ClockTimeMeter(clock))
					.expirationAfterWrite(
							ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
					.build();
	}

	/**
	 * A limit of {@code capacity} events per client at once, given back evenly over
	 * {@code period}.
	 * @param name the limit's name, part of every key (such as {@code public-requests})
	 */
	public RateLimit limit(String name, int capacity, Duration period) {
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(capacity).refillGreedy(capacity, period))
			.build();
		return new RateLimit(this, name, configuration);
	}

	/**
	 * Deletes the buckets that are full again (they would allow as much as a new one).
	 */
	@Scheduled(fixedDelayString = "${lachan.rate-limit.cleanup-delay:PT10M}")
	@SchedulerLock(name = "shared-rate-bucket-cleanup", lockAtMostFor = "PT5M")
	public void removeFullBuckets() {
		if (this.buckets == null) {
			this.local.entrySet()
				.removeIf((entry) -> entry.getValue().getAvailableTokens() >= this.capacities.get(entry.getKey()));
			return;
		}
		this.jdbc.sql("DELETE FROM rate_bucket WHERE expires_at < :now").param("now", this.clock.millis()).update();
	}

	Bucket bucket(String name, String client, BucketConfiguration configuration) {
		String key = this.encryptor
			.blindIndex(name + "|" + VietnamTime.dateOf(this.clock.instant()) + "|" + String.valueOf(client));
		if (this.buckets != null) {
			return this.buckets.getProxy(key, () -> configuration);
		}
		return this.local.computeIfAbsent(key, (k) -> {
			this.capacities.put(k, configuration.getBandwidths()[0].getCapacity());
			return Bucket.builder()
				.addLimit(configuration.getBandwidths()[0])
				.withCustomTimePrecision(new ClockTimeMeter(this.clock))
				.build();
		});
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

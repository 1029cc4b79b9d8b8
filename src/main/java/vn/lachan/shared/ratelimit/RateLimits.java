package vn.lachan.shared.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import javax.sql.DataSource;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.BucketNotFoundException;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.RemoteBucketBuilder;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.util.concurrent.batch.BatchHelper.BatchFailedException;
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

	/** Proxies kept at most before the map of them is emptied. */
	static final int MAX_PROXIES = 10_000;

	/** The database's buckets on PostgreSQL; null on H2. */
	private final RemoteBucketBuilder<String> buckets;

	/** The same buckets without batching; null on H2. */
	private final RemoteBucketBuilder<String> unbatched;

	/**
	 * The proxies of the database's buckets, by key, so that a client's requests batch.
	 */
	private final Map<String, Bucket> proxies = new ConcurrentHashMap<>();

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
		ProxyManager<String> manager = !databaseUrl.startsWith("jdbc:postgresql:") ? null
				: proxyManager(dataSource, clock);
		this.buckets = (manager != null) ? manager.builder().withOptimization(Optimizations.batching()) : null;
		this.unbatched = (manager != null) ? manager.builder() : null;
	}

	private static ProxyManager<String> proxyManager(DataSource dataSource, Clock clock) {
		return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_bucket")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.clientClock(new ClockTimeMeter(clock))
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
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
		this.proxies.clear();
		this.jdbc.sql("DELETE FROM rate_bucket WHERE expires_at < :now").param("now", this.clock.millis()).update();
	}

	/**
	 * Runs an operation on a client's bucket. Requests batched together while the bucket
	 * has no row yet (a client's first requests arriving at once, or the first after the
	 * cleanup deleted its full bucket) fail together in Bucket4j 8.14 instead of creating
	 * it; such a request runs again on its own, through a proxy that does not batch (and
	 * creates the row when it is still missing).
	 */
	<T> T apply(String name, String client, BucketConfiguration configuration, Function<Bucket, T> operation) {
		try {
			return operation.apply(bucket(name, client, configuration));
		}
		catch (BatchFailedException ex) {
			if (!(ex.getCause() instanceof BucketNotFoundException)) {
				throw ex;
			}
			return operation.apply(this.unbatched.build(key(name, client), () -> configuration));
		}
	}

	private String key(String name, String client) {
		return this.encryptor
			.blindIndex(name + "|" + VietnamTime.dateOf(this.clock.instant()) + "|" + String.valueOf(client));
	}

	Bucket bucket(String name, String client, BucketConfiguration configuration) {
		String key = key(name, client);
		if (this.buckets != null) {
			if (this.proxies.size() >= MAX_PROXIES) {
				this.proxies.clear();
			}
			return this.proxies.computeIfAbsent(key, (k) -> this.buckets.build(k, () -> configuration));
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

package vn.lachan.shared.ratelimit;

import io.github.bucket4j.BucketConfiguration;

/**
 * One rate limit of {@link RateLimits}, per client (an address).
 */
public final class RateLimit {

	private final RateLimits limits;

	private final String name;

	private final BucketConfiguration configuration;

	RateLimit(RateLimits limits, String name, BucketConfiguration configuration) {
		this.limits = limits;
		this.name = name;
		this.configuration = configuration;
	}

	/** Counts one event of this client; whether it was still within the limit. */
	public boolean tryAcquire(String client) {
		return this.limits.apply(this.name, client, this.configuration, (bucket) -> bucket.tryConsume(1));
	}

	/** Whether this client has used up the limit for now (counts nothing). */
	public boolean isExhausted(String client) {
		return this.limits.apply(this.name, client, this.configuration, (bucket) -> bucket.getAvailableTokens() <= 0);
	}

}

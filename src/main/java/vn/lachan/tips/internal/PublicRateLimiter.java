package vn.lachan.tips.internal;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.lachan.shared.ratelimit.RateLimit;
import vn.lachan.shared.ratelimit.RateLimits;

/**
 * The limit on public requests per client, one count for every instance on the database
 * ({@link RateLimits}): {@code perMinute} requests may come at once, and one more each
 * {@code 60 / perMinute} seconds.
 */
@Component
public class PublicRateLimiter {

	private final RateLimit limit;

	PublicRateLimiter(RateLimits limits, @Value("${lachan.tips.rate-limit.per-minute:30}") int perMinute) {
		this.limit = limits.limit("public-requests", perMinute, Duration.ofMinutes(1));
	}

	/** Whether one more request of this client is allowed now. */
	public boolean tryAcquire(String clientAddress) {
		return this.limit.tryAcquire(clientAddress);
	}

}

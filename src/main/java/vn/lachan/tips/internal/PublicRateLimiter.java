package vn.lachan.tips.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.lachan.shared.crypto.Hashes;

import vn.lachan.shared.crypto.RandomCodes;

/**
 * A fixed-window limiter of public requests per client, in memory only. Clients are known
 * by a salted hash of their address; the salt is random per process and never stored, and
 * windows older than a minute are forgotten, so nothing that identifies a reporter is
 * kept. With several instances each keeps its own count (a per-instance limit).
 */
@Component
public class PublicRateLimiter {

	private final Clock clock;

	private final int perMinute;

	private final byte[] salt = RandomCodes.bytes(16);

	private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

	private volatile long window = -1;

	PublicRateLimiter(Clock clock, @Value("${lachan.tips.rate-limit.per-minute:30}") int perMinute) {
		this.clock = clock;
		this.perMinute = perMinute;
	}

	/** Whether one more request of this client is allowed in the current minute. */
	public boolean tryAcquire(String clientAddress) {
		long minute = this.clock.millis() / 60_000;
		if (minute != this.window) {
			synchronized (this) {
				if (minute != this.window) {
					this.counts.clear();
					this.window = minute;
				}
			}
		}
		AtomicInteger count = this.counts.computeIfAbsent(key(clientAddress), (k) -> new AtomicInteger());
		return count.incrementAndGet() <= this.perMinute;
	}

	private String key(String address) {
		MessageDigest digest = Hashes.sha256();
		digest.update(this.salt);
		byte[] hash = digest.digest(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(hash, 0, 12);
	}

}

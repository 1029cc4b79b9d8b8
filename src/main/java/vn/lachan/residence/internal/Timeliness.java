package vn.lachan.residence.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether a notification came in time: its deadline and, when late, by how much.
 */
public record Timeliness(Instant deadline, Duration lateBy, String legalBasis) {

	public boolean onTime() {
		return this.lateBy.isZero();
	}

	/** Minutes late, rounded up; 0 when on time. */
	public int lateMinutes() {
		long seconds = this.lateBy.getSeconds();
		return (int) Math.min(Integer.MAX_VALUE, (seconds + 59) / 60);
	}

}

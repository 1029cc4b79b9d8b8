package vn.lachan.residence.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Within a number of hours from arrival (foreigners: 12 hours, Luật 47/2014/QH13 Đ.33).
 */
public record WithinHoursPolicy(int hours) implements DeadlinePolicy {

	@Override
	public Instant deadline(Instant arrival, ZoneId zone) {
		return arrival.plus(Duration.ofHours(this.hours));
	}

}

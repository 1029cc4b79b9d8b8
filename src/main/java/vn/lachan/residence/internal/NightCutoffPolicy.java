package vn.lachan.residence.internal;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Before {@code cutoff} on the day of arrival, or, for a guest arriving at or after the
 * cutoff, before {@code nextDay} the following day (Luật Cư trú Đ.30: 23:00 and 08:00).
 * Days are those of the given zone.
 */
public record NightCutoffPolicy(LocalTime cutoff, LocalTime nextDay) implements DeadlinePolicy {

	@Override
	public Instant deadline(Instant arrival, ZoneId zone) {
		ZonedDateTime local = arrival.atZone(zone);
		if (local.toLocalTime().isBefore(this.cutoff)) {
			return local.toLocalDate().atTime(this.cutoff).atZone(zone).toInstant();
		}
		return local.toLocalDate().plusDays(1).atTime(this.nextDay).atZone(zone).toInstant();
	}

}

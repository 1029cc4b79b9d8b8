package vn.lachan.shared.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZoneId;

/**
 * Times are stored as UTC instants and shown, and deadlines computed, in Vietnam's zone.
 */
public final class VietnamTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private VietnamTime() {
	}

	/** The instant a day starts in Vietnam. */
	public static Instant startOf(LocalDate day) {
		return day.atStartOfDay(ZONE).toInstant();
	}

	/** The day it is in Vietnam at that instant. */
	public static LocalDate dateOf(Instant instant) {
		return LocalDate.ofInstant(instant, ZONE);
	}

	/**
	 * The instant at UTC, for binding to a {@code TIMESTAMP WITH TIME ZONE} column with
	 * JDBC; null stays null.
	 */
	public static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}

package vn.lachan.residence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import vn.lachan.shared.time.VietnamTime;

/**
 * A guest's stay as lists show it: no ID or passport number.
 */
public record StayView(long id, long notificationId, String receiptNumber, long accommodationId,
		String accommodationName, long unitId, Long groupId, String fullName, LocalDate birthDate, String sex,
		String nationality, boolean foreigner, String documentKind, String reason, String room, Instant arrivedAt,
		LocalDate expectedDeparture, Instant departedAt, Instant deadlineAt, Instant notifiedAt, int lateMinutes) {

	public boolean late() {
		return this.lateMinutes > 0;
	}

	/** Arrival in Vietnam's time, for pages. */
	public LocalDateTime arrivedLocal() {
		return LocalDateTime.ofInstant(this.arrivedAt, VietnamTime.ZONE);
	}

	/** Departure in Vietnam's time, for pages; {@code null} while staying. */
	public LocalDateTime departedLocal() {
		return (this.departedAt != null) ? LocalDateTime.ofInstant(this.departedAt, VietnamTime.ZONE) : null;
	}

	public boolean present() {
		return this.departedAt == null;
	}

}

package vn.lachan.residence.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A guest row that passed validation, with normalised values.
 */
record ParsedGuest(long accommodationId, String fullName, String nameFolded, LocalDate birthDate, String sex,
		String nationality, GuestKind kind, String documentKind, String documentNumber, String reason, Instant arrival,
		LocalDate expectedDeparture, String room) {
}

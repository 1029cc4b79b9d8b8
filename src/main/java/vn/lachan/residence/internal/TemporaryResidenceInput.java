package vn.lachan.residence.internal;

import java.time.LocalDate;

/**
 * A temporary residence registration as staff enter it.
 */
public record TemporaryResidenceInput(String fullName, LocalDate birthDate, String documentNumber, String address,
		long unitId, Long groupId, LocalDate startsOn, LocalDate endsOn) {
}

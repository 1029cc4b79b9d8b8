package vn.lachan.residence;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A temporary residence registration as lists show it: no ID number.
 */
public record TemporaryResidenceView(long id, String fullName, LocalDate birthDate, String address, long unitId,
		Long groupId, LocalDate startsOn, LocalDate endsOn, String status, int renewals, Instant remindedAt,
		LocalDate endedOn) {
}

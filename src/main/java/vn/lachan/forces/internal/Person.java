package vn.lachan.forces.internal;

import java.time.LocalDate;

/**
 * A person of the forces, the phone still encrypted.
 */
public record Person(long id, String fullName, LocalDate birthDate, Sex sex, String phoneEncrypted, String address,
		long unitId, Long groupId, LocalDate residentSince, Long accountId) {
}

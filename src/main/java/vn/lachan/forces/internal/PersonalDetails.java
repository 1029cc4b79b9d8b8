package vn.lachan.forces.internal;

import java.time.LocalDate;

/**
 * A person's personal details, decrypted: reading them is written to the audit trail.
 */
public record PersonalDetails(long personId, String fullName, LocalDate birthDate, Sex sex, String phone,
		String address, Long groupId, LocalDate residentSince, Long accountId) {
}

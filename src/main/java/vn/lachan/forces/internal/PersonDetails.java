package vn.lachan.forces.internal;

import java.time.LocalDate;

/**
 * What an officer enters about a person joining a team.
 */
public record PersonDetails(String fullName, LocalDate birthDate, Sex sex, String phone, String address, Long groupId,
		LocalDate residentSince, Long accountId) {
}

package vn.lachan.residence.internal;

import java.time.LocalDate;

/**
 * A staff search for a person: by ID or passport number (exact), or by full name with
 * date of birth; always with the purpose of the search.
 */
public record PersonQuery(String documentNumber, String fullName, LocalDate birthDate, String purpose) {
}

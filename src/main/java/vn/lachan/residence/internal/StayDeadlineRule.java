package vn.lachan.residence.internal;

import java.time.LocalDate;

/**
 * A deadline rule for a kind of guest, in force from a day on (until the next rule of
 * that kind).
 */
public record StayDeadlineRule(GuestKind guestKind, LocalDate validFrom, DeadlinePolicy policy, String legalBasis) {
}

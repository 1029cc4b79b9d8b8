package vn.lachan.mediation.internal;

import java.time.LocalDate;

/** A stored session. */
public record MediationSession(long id, long caseId, LocalDate heldOn, String place, String attendees, String notes) {
}

package vn.lachan.mediation.internal;

import java.time.LocalDate;

/** A mediation session: when, where, who attended, notes. */
public record SessionDetails(LocalDate heldOn, String place, String attendees, String notes) {
}

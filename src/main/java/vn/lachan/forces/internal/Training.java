package vn.lachan.forces.internal;

import java.time.LocalDate;

/**
 * A training a person completed.
 */
public record Training(long id, long personId, String title, LocalDate completedOn) {
}

package vn.lachan.residence;

import java.time.LocalDate;

/**
 * A temporary residence was registered, renewed or ended: its current term and status.
 *
 * @param residenceId the registration
 * @param unitId its ward
 * @param endsOn the last day of its term
 * @param active whether it is still in force
 */
public record TemporaryResidenceChanged(long residenceId, long unitId, LocalDate endsOn, boolean active) {
}

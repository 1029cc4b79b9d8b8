package vn.lachan.mediation.internal;

import java.time.LocalDate;

/**
 * How a case ends.
 *
 * @param status SUCCEEDED, FAILED or WITHDRAWN
 * @param closedOn the day it ended
 * @param note a note (each party's demands when it failed)
 * @param agreement the written agreement, only for a success where the parties want one
 */
public record CaseOutcome(CaseStatus status, LocalDate closedOn, String note, AgreementParts agreement) {
}

package vn.lachan.mediation;

import java.time.LocalDate;

/** A mediation case ended with its outcome. */
public record MediationCaseConcluded(MediationCaseFacts mediationCase, MediationOutcome outcome, LocalDate closedOn) {
}

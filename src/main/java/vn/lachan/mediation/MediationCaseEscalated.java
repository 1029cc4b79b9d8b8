package vn.lachan.mediation;

import java.time.LocalDate;

/** A mediator escalated the case: a tip was opened (or linked) for it. */
public record MediationCaseEscalated(MediationCaseFacts mediationCase, long tipId, LocalDate escalatedOn) {
}

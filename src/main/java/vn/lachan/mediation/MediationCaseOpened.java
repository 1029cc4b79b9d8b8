package vn.lachan.mediation;

/** A mediation case was opened (received and assigned to a team). */
public record MediationCaseOpened(MediationCaseFacts mediationCase) {
}

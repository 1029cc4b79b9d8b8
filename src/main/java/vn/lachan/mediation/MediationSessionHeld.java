package vn.lachan.mediation;

import java.time.LocalDate;

/** A mediation session of the case took place. */
public record MediationSessionHeld(MediationCaseFacts mediationCase, long sessionId, LocalDate heldOn) {
}

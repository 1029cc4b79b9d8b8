package vn.lachan.forces.internal;

import java.time.Instant;

/**
 * Rule warnings an officer confirmed, who and when.
 */
public record RuleConfirmation(long id, long teamId, Long membershipId, String warnings, long confirmedBy,
		String confirmedByName, Instant confirmedAt) {
}

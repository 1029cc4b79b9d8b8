package vn.lachan.forces.internal;

import java.time.Instant;

import vn.lachan.forces.ActivityKind;

/**
 * An activity as a member submits it from the field.
 *
 * @param idempotencyKey the key of the submission; a retry with the same key is stored
 * once
 */
public record ActivityDetails(long teamId, ActivityKind kind, Instant occurredAt, String place, int participants,
		String notes, String idempotencyKey) {
}

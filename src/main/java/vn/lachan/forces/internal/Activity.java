package vn.lachan.forces.internal;

import java.time.Instant;

import vn.lachan.forces.ActivityKind;

/**
 * An activity a team logged from the field.
 */
public record Activity(long id, long teamId, long unitId, ActivityKind kind, Instant occurredAt, String place,
		int participants, String notes, long reportedBy, String idempotencyKey, Instant createdAt) {
}

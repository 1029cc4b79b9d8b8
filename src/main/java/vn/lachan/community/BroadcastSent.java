package vn.lachan.community;

import java.time.Instant;

/**
 * A broadcast went out: its deliveries are in the outbox.
 */
public record BroadcastSent(long broadcastId, long unitId, Priority priority, int groups, int deliveries,
		Instant sentAt) {
}

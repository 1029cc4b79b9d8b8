package vn.lachan.community;

import java.time.Instant;

/**
 * A delivery of a broadcast was sent, failed for good, or acknowledged by its recipient.
 */
public record DeliveryChanged(long deliveryId, long broadcastId, long unitId, Channel channel, String status,
		boolean acknowledged, Instant at) {
}

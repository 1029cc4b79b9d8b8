package vn.lachan.community.internal;

import java.time.Instant;
import java.util.List;

import vn.lachan.community.Channel;

/**
 * The delivery report of a broadcast: counts, and one line per recipient and channel (the
 * member's display name only; contacts are not shown).
 */
public record DeliveryReport(BroadcastView broadcast, int groups, int deliveries, int sent, int failed, int pending,
		int acknowledged, List<Line> lines) {

	/** The share of sent deliveries acknowledged, in percent (0 when none was sent). */
	public int acknowledgementRate() {
		return (this.sent == 0) ? 0 : Math.round(100f * this.acknowledged / this.sent);
	}

	/** One recipient's delivery on one channel. */
	public record Line(long deliveryId, long memberId, String displayName, Channel channel, String status, int attempts,
			Instant sentAt, Instant acknowledgedAt, String lastError) {
	}

}

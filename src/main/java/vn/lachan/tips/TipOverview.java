package vn.lachan.tips;

import java.time.Instant;

/**
 * A tip as other modules see it: where, when, what kind and how far it is. No reporter,
 * no description.
 *
 * @param tipId the tip's id
 * @param receiptCode the code staff and the reporter refer to it by
 * @param unitId the ward or commune
 * @param groupId the residential group, if known
 * @param placeId the place (a QR tip), if any
 * @param categoryCode the category's code
 * @param channel how it was received
 * @param status where it stands
 * @param urgent whether it runs on the urgent clock
 * @param receivedAt when it was received
 * @param occurredAt when the reporter says it happened, if given
 * @param latitude WGS 84 latitude, if located
 * @param longitude WGS 84 longitude, if located
 * @param address the address as entered, if any
 */
public record TipOverview(long tipId, String receiptCode, long unitId, Long groupId, Long placeId, String categoryCode,
		TipChannel channel, TipStatus status, boolean urgent, Instant receivedAt, Instant occurredAt, Double latitude,
		Double longitude, String address) {

	/** When it happened if the reporter said so, otherwise when it was received. */
	public Instant incidentAt() {
		return (this.occurredAt != null) ? this.occurredAt : this.receivedAt;
	}

}

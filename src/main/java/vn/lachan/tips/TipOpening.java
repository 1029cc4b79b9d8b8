package vn.lachan.tips;

import java.time.Instant;

/**
 * A tip another module opens on its record's behalf.
 *
 * @param unitId the ward or commune
 * @param groupId the residential group, if known
 * @param categoryCode a tip category's code
 * @param description what happened
 * @param latitude WGS 84 latitude, if known
 * @param longitude WGS 84 longitude, if known
 * @param address the address, if known
 * @param occurredAt when it happened, if known
 * @param urgent whether it goes on the urgent clock
 * @param source the record it comes from
 */
public record TipOpening(long unitId, Long groupId, String categoryCode, String description, Double latitude,
		Double longitude, String address, Instant occurredAt, boolean urgent, TipLink source) {
}

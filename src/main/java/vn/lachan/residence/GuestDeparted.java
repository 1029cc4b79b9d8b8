package vn.lachan.residence;

import java.time.Instant;

/**
 * A guest left an accommodation.
 */
public record GuestDeparted(long stayId, long unitId, Long groupId, boolean foreigner, Instant departedAt) {
}

package vn.lachan.community;

import java.time.Instant;

/**
 * A visitor checked in at a place (no phone number: counts only).
 */
public record CheckedIn(long checkinId, long placeId, long unitId, Instant at) {
}

package vn.lachan.territory;

/**
 * A place was removed.
 */
public record PlaceRemoved(long placeId, long unitId) {
}

package vn.lachan.territory;

/**
 * A place was registered or changed.
 */
public record PlaceSaved(long placeId, long unitId, PlaceKind kind) {
}

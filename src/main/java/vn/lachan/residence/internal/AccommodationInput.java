package vn.lachan.residence.internal;

import java.util.Set;

import vn.lachan.residence.AccommodationKind;

/**
 * An accommodation as ward staff register it.
 */
public record AccommodationInput(AccommodationKind kind, String name, String address, long unitId, Long groupId,
		int rooms, int beds, Set<Long> hostIds, Long officerId, boolean foreignGuests) {
}

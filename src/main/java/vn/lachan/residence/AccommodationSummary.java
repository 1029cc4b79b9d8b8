package vn.lachan.residence;

import java.time.Instant;
import java.util.Set;

/**
 * An accommodation as pages and the API show it.
 *
 * @param id its id
 * @param kind what it is
 * @param name its name
 * @param address the address as entered
 * @param unitId the ward it lies in
 * @param groupId its residential group
 * @param rooms number of rooms
 * @param beds number of beds
 * @param hostIds the host accounts
 * @param officerId the responsible area officer's account
 * @param foreignGuests whether it takes foreign guests
 * @param lastNotifiedAt its latest stay notification
 * @param version the version an edit must name
 */
public record AccommodationSummary(long id, AccommodationKind kind, String name, String address, long unitId,
		Long groupId, int rooms, int beds, Set<Long> hostIds, Long officerId, boolean foreignGuests,
		Instant lastNotifiedAt, int version) {

	public AccommodationSummary {
		hostIds = Set.copyOf(hostIds);
	}

}

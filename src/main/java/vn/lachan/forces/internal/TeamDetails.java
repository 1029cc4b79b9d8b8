package vn.lachan.forces.internal;

import java.time.LocalDate;
import java.util.Set;

/**
 * What an officer enters to found or change a team.
 */
public record TeamDetails(long unitId, String kind, String name, Set<Long> groupIds, Long areaOfficerId,
		LocalDate foundedOn, LocalDate endedOn, String notes) {

	public TeamDetails {
		groupIds = (groupIds != null) ? Set.copyOf(groupIds) : Set.of();
	}

}

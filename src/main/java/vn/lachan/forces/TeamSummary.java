package vn.lachan.forces;

import java.time.LocalDate;
import java.util.Set;

/**
 * A team as other modules see it.
 *
 * @param id the team's id
 * @param unitId the ward or commune it belongs to
 * @param kind the code of its kind, e.g. {@code SECURITY}
 * @param name its name
 * @param areaOfficerId the account of its working area police officer, if any
 * @param groupIds the residential groups it covers
 * @param foundedOn the day it was founded
 * @param endedOn the day it was dissolved, {@code null} while active
 */
public record TeamSummary(long id, long unitId, String kind, String name, Long areaOfficerId, Set<Long> groupIds,
		LocalDate foundedOn, LocalDate endedOn) {

	public TeamSummary {
		groupIds = Set.copyOf(groupIds);
	}

	public boolean activeOn(LocalDate date) {
		return !this.foundedOn.isAfter(date) && (this.endedOn == null || this.endedOn.isAfter(date));
	}

}

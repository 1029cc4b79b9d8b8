package vn.lachan.forces.internal;

import java.time.LocalDate;
import java.util.Set;

import vn.lachan.forces.TeamSummary;
import vn.lachan.forces.TeamsChanged.TeamLine;

/**
 * A team as stored: its ward or commune, kind, coverage, working area officer and dates.
 */
public record Team(long id, long unitId, String kind, String name, Long areaOfficerId, Set<Long> groupIds,
		LocalDate foundedOn, LocalDate endedOn, String notes) {

	public Team {
		groupIds = Set.copyOf(groupIds);
	}

	public TeamSummary summary() {
		return new TeamSummary(this.id, this.unitId, this.kind, this.name, this.areaOfficerId, this.groupIds,
				this.foundedOn, this.endedOn);
	}

	TeamLine line() {
		return new TeamLine(this.id, this.unitId, this.kind, this.foundedOn, this.endedOn);
	}

	public boolean activeOn(LocalDate date) {
		return summary().activeOn(date);
	}

}

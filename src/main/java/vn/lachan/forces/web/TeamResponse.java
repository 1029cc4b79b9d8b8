package vn.lachan.forces.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import vn.lachan.forces.internal.Team;

/**
 * A team as the API shows it.
 *
 * @param warnings the team's composition warnings today (a mediation team with too few
 * mediators or no woman); only on a single team
 */
record TeamResponse(long id, long unitId, String kind, String name, Set<Long> groupIds, Long areaOfficerId,
		LocalDate foundedOn, LocalDate endedOn, String notes, List<String> warnings) {

	static TeamResponse of(Team team, List<String> warnings) {
		return new TeamResponse(team.id(), team.unitId(), team.kind(), team.name(), team.groupIds(),
				team.areaOfficerId(), team.foundedOn(), team.endedOn(), team.notes(), warnings);
	}

}

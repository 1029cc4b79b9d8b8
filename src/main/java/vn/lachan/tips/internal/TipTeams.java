package vn.lachan.tips.internal;

import java.util.Optional;

/**
 * The seam for assigning tips to teams. The {@code forces} module owns teams; until it
 * exists, {@link NoTipTeams} knows none and tips are assigned to area or ward officers.
 * When it lands, an implementation backed by its catalogue replaces that bean.
 */
public interface TipTeams {

	Optional<Team> findTeam(long teamId);

	/**
	 * A team as triage needs it.
	 */
	record Team(long id, String name, long unitId) {
	}

}

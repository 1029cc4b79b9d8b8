package vn.lachan.forces;

import java.time.LocalDate;
import java.util.List;

/**
 * Teams were founded, changed or dissolved. Teams travel in small batches so that a bulk
 * import publishes few events; each line is the team's whole current state, so handling
 * an event twice changes nothing.
 */
public record TeamsChanged(List<TeamLine> teams) {

	public TeamsChanged {
		teams = List.copyOf(teams);
	}

	/**
	 * A team's state.
	 */
	public record TeamLine(long teamId, long unitId, String kind, LocalDate foundedOn, LocalDate endedOn) {
	}

}

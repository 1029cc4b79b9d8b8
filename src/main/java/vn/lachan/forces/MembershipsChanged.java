package vn.lachan.forces;

import java.time.LocalDate;
import java.util.List;

/**
 * People joined or left teams. Each line is the membership's whole current state, so
 * handling an event twice changes nothing.
 */
public record MembershipsChanged(List<MembershipLine> memberships) {

	public MembershipsChanged {
		memberships = List.copyOf(memberships);
	}

	/**
	 * A membership's state.
	 */
	public record MembershipLine(long membershipId, long teamId, long personId, LocalDate joinedOn, LocalDate leftOn) {
	}

}

package vn.lachan.forces;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What other modules may ask of the forces, e.g. the teams a tip can be assigned to. It
 * applies no scope: callers hold the {@code CurrentUser} and check it.
 */
public interface ForcesCatalog {

	Optional<TeamSummary> findTeam(long teamId);

	/** The teams of a ward or commune, still active today, by name. */
	List<TeamSummary> teamsOf(long unitId);

	/** The teams the person behind this account is an active member of today. */
	Set<Long> teamsOfMember(long accountId);

	/** The kinds of team, in their order. */
	List<TeamKind> kinds();

	/** The members of a team active today, leaders first. */
	List<TeamMember> activeMembers(long teamId);

}

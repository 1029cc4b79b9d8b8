package vn.lachan.tips.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.lachan.forces.ForcesCatalog;
import vn.lachan.forces.TeamSummary;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;

/**
 * The teams a tip can be assigned to: the active teams of its ward, as the {@code forces}
 * module keeps them; and the teams a force member works for.
 */
@Component
public class TipTeams {

	private final ForcesCatalog forces;

	private final Clock clock;

	TipTeams(ForcesCatalog forces, Clock clock) {
		this.forces = forces;
		this.clock = clock;
	}

	/** The team, if it exists and is active today. */
	public Optional<Team> findTeam(long teamId) {
		return this.forces.findTeam(teamId).filter(this::active).map(TipTeams::team);
	}

	/** The active teams of a ward, by name. */
	public List<Team> teamsOf(long unitId) {
		return this.forces.teamsOf(unitId).stream().map(TipTeams::team).toList();
	}

	/**
	 * The teams whose tips this person works on as a member: a force member's active
	 * teams; nobody else's.
	 */
	public Set<Long> memberOf(CurrentUser user) {
		return user.hasRole(Role.FORCE_MEMBER) ? this.forces.teamsOfMember(user.accountId()) : Set.of();
	}

	private boolean active(TeamSummary team) {
		return team.activeOn(LocalDate.now(this.clock));
	}

	private static Team team(TeamSummary team) {
		return new Team(team.id(), team.name(), team.unitId());
	}

	/**
	 * A team as triage needs it.
	 *
	 * @param id the team's id
	 * @param name its name
	 * @param unitId its ward
	 */
	public record Team(long id, String name, long unitId) {
	}

}

package vn.lachan.forces.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.forces.ForcesCatalog;
import vn.lachan.forces.TeamKind;
import vn.lachan.forces.TeamMember;
import vn.lachan.forces.TeamSummary;

/**
 * The forces as other modules see them.
 */
@Service
@Transactional(readOnly = true)
class ForcesCatalogService implements ForcesCatalog {

	private final TeamRepository teams;

	private final MemberRepository members;

	private final Clock clock;

	ForcesCatalogService(TeamRepository teams, MemberRepository members, Clock clock) {
		this.teams = teams;
		this.members = members;
		this.clock = clock;
	}

	@Override
	public Optional<TeamSummary> findTeam(long teamId) {
		return this.teams.find(teamId).map(Team::summary);
	}

	@Override
	public List<TeamSummary> teamsOf(long unitId) {
		LocalDate today = LocalDate.now(this.clock);
		return this.teams.ofUnit(unitId).stream().filter((team) -> team.activeOn(today)).map(Team::summary).toList();
	}

	@Override
	public Set<Long> teamsOfMember(long accountId) {
		return Set.copyOf(this.members.teamsOfAccount(accountId, LocalDate.now(this.clock)));
	}

	@Override
	public List<TeamKind> kinds() {
		return this.teams.kinds();
	}

	@Override
	public List<TeamMember> activeMembers(long teamId) {
		LocalDate today = LocalDate.now(this.clock);
		return this.members.membershipsOfTeam(teamId)
			.stream()
			.filter((membership) -> membership.activeOn(today))
			.map((membership) -> new TeamMember(membership.personId(), membership.accountId(), membership.fullName(),
					membership.sex() == Sex.FEMALE, membership.role() == TeamRole.LEADER))
			.toList();
	}

}

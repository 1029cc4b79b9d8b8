package vn.lachan.forces.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;

/**
 * Who sees which team: staff of its unit, area officers of its groups or working with it,
 * members of it. A team outside one's scope answers 404; seeing a team but not being
 * allowed to change it answers 403.
 */
@Component
public class TeamScope {

	private static final Set<Role> MANAGERS = Set.of(Role.ADMIN, Role.COMMITTEE, Role.WARD_OFFICER);

	private final MemberRepository members;

	private final Clock clock;

	TeamScope(MemberRepository members, Clock clock) {
		this.members = members;
		this.clock = clock;
	}

	public boolean canSee(CurrentUser user, Team team) {
		if (!user.canSeeUnit(team.unitId())) {
			return false;
		}
		return switch (user.role()) {
			case ADMIN, COMMITTEE, WARD_OFFICER -> true;
			case AREA_OFFICER -> Objects.equals(team.areaOfficerId(), user.accountId()) || team.groupIds().isEmpty()
					|| team.groupIds().stream().anyMatch(user.groupIds()::contains);
			case FORCE_MEMBER, MEDIATOR ->
				this.members.teamsOfAccount(user.accountId(), LocalDate.now(this.clock)).contains(team.id());
			case HOST -> false;
		};
	}

	void requireSee(CurrentUser user, Team team) {
		if (!canSee(user, team)) {
			throw NotFoundException.of("team", team.id());
		}
	}

	public static boolean canManage(CurrentUser user) {
		return MANAGERS.contains(user.role());
	}

	void requireManage(CurrentUser user, Team team) {
		requireSee(user, team);
		requireManager(user);
	}

	static void requireManager(CurrentUser user) {
		if (!canManage(user)) {
			throw new AccessDeniedException("Only ward officers manage teams");
		}
	}

	/** Whether a person's record (and personal details) is visible: staff of the ward. */
	void requirePerson(CurrentUser user, Person person) {
		boolean staff = MANAGERS.contains(user.role()) || user.role() == Role.AREA_OFFICER;
		if (!staff || !user.canSee(person.unitId(), person.groupId())) {
			throw NotFoundException.of("member", person.id());
		}
	}

	/** The SQL condition on team {@code t} for the caller's role, or {@code null}. */
	String visibility(CurrentUser user, Map<String, Object> params) {
		params.put("me", user.accountId());
		return switch (user.role()) {
			case ADMIN, COMMITTEE, WARD_OFFICER -> null;
			case AREA_OFFICER -> {
				String condition = "t.area_officer_id = :me OR NOT EXISTS (SELECT 1 FROM forces_team_group g WHERE g.team_id = t.id)";
				if (!user.groupIds().isEmpty()) {
					params.put("myGroups", java.util.List.copyOf(user.groupIds()));
					condition += " OR EXISTS (SELECT 1 FROM forces_team_group g WHERE g.team_id = t.id AND g.group_id IN (:myGroups))";
				}
				yield condition;
			}
			case FORCE_MEMBER, MEDIATOR -> """
					EXISTS (SELECT 1 FROM forces_membership m JOIN forces_person p ON p.id = m.person_id
					  WHERE m.team_id = t.id AND p.account_id = :me AND m.left_on IS NULL)""";
			case HOST -> "1 = 0";
		};
	}

}

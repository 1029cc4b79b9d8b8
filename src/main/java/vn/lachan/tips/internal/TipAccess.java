package vn.lachan.tips.internal;

import java.util.Set;

import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;

/**
 * Who may see and act on a tip. A tip outside one's scope is not found (404); a tip in
 * scope that one may not change answers 403.
 */
public final class TipAccess {

	private TipAccess() {
	}

	public static boolean canSee(CurrentUser user, Tip tip) {
		return canSee(user, tip, Set.of());
	}

	/**
	 * As {@link #canSee(CurrentUser, Tip)}; a force member also sees the tips assigned to
	 * one of their teams.
	 * @param teams the teams the user is an active member of
	 */
	public static boolean canSee(CurrentUser user, Tip tip, Set<Long> teams) {
		return assignedToOneOf(tip, teams) || switch (user.role()) {
			case ADMIN -> true;
			case COMMITTEE, WARD_OFFICER -> user.canSeeUnit(tip.unitId());
			case AREA_OFFICER -> user.canSee(tip.unitId(), tip.groupId())
					|| Long.valueOf(user.accountId()).equals(tip.assigneeAccountId());
			case FORCE_MEMBER -> Long.valueOf(user.accountId()).equals(tip.reporterAccountId())
					|| Long.valueOf(user.accountId()).equals(tip.receivedByAccountId());
			default -> false;
		};
	}

	/** Triage (assign, reject, transfer, urgency, merge): the ward's officers. */
	public static boolean canTriage(CurrentUser user, Tip tip) {
		return user.hasRole(Role.ADMIN) || (user.hasRole(Role.WARD_OFFICER) && user.canSeeUnit(tip.unitId()));
	}

	/**
	 * Work on a tip (verify, resolve, ask the reporter): the ward's officers, the
	 * assignee, or a member of the team it is assigned to.
	 * @param teams the teams the user is an active member of
	 */
	public static boolean canWork(CurrentUser user, Tip tip, Set<Long> teams) {
		return assignedToOneOf(tip, teams) || canTriage(user, tip)
				|| (user.hasRole(Role.AREA_OFFICER) && Long.valueOf(user.accountId()).equals(tip.assigneeAccountId()));
	}

	/**
	 * The reporter's identity: the ward's officers only, and every viewing is audited.
	 */
	public static boolean canSeeReporter(CurrentUser user, Tip tip) {
		return user.hasRole(Role.WARD_OFFICER) && user.canSeeUnit(tip.unitId());
	}

	private static boolean assignedToOneOf(Tip tip, Set<Long> teams) {
		return tip.assigneeTeamId() != null && teams.contains(tip.assigneeTeamId());
	}

}

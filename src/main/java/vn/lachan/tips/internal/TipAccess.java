package vn.lachan.tips.internal;

import vn.lachan.shared.NotFoundException;
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
		return switch (user.role()) {
			case ADMIN -> true;
			case COMMITTEE, WARD_OFFICER -> user.canSeeUnit(tip.unitId());
			case AREA_OFFICER -> user.canSee(tip.unitId(), tip.groupId())
					|| Long.valueOf(user.accountId()).equals(tip.assigneeAccountId());
			case FORCE_MEMBER -> Long.valueOf(user.accountId()).equals(tip.reporterAccountId())
					|| Long.valueOf(user.accountId()).equals(tip.receivedByAccountId());
			default -> false;
		};
	}

	static void requireVisible(CurrentUser user, Tip tip) {
		if (!canSee(user, tip)) {
			throw NotFoundException.of("tip", tip.id());
		}
	}

	/** Triage (assign, reject, transfer, urgency, merge): the ward's officers. */
	public static boolean canTriage(CurrentUser user, Tip tip) {
		return user.hasRole(Role.ADMIN) || (user.hasRole(Role.WARD_OFFICER) && user.canSeeUnit(tip.unitId()));
	}

	/**
	 * Work on a tip (verify, resolve, ask the reporter): the ward's officers or the
	 * assignee.
	 */
	public static boolean canWork(CurrentUser user, Tip tip) {
		return canTriage(user, tip)
				|| (user.hasRole(Role.AREA_OFFICER) && Long.valueOf(user.accountId()).equals(tip.assigneeAccountId()));
	}

	/**
	 * The reporter's identity: the ward's officers only, and every viewing is audited.
	 */
	public static boolean canSeeReporter(CurrentUser user, Tip tip) {
		return user.hasRole(Role.WARD_OFFICER) && user.canSeeUnit(tip.unitId());
	}

}

package vn.lachan.streets.internal;

import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;

/**
 * Who takes a step: force members record and remind; officers draw up records and decide.
 */
public record Actor(long accountId, String name, boolean officer) {

	public static Actor of(CurrentUser user) {
		boolean officer = user.hasRole(Role.WARD_OFFICER) || user.hasRole(Role.AREA_OFFICER) || user.unrestricted();
		return new Actor(user.accountId(), user.displayName(), officer);
	}

}

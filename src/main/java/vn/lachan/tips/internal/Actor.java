package vn.lachan.tips.internal;

import vn.lachan.shared.security.CurrentUser;

/**
 * Who acts on a tip, as its timeline names them.
 *
 * @param accountId the account, {@code null} for the reporter
 * @param name the name shown
 */
public record Actor(Long accountId, String name) {

	/** The anonymous reporter, named by role only. */
	public static final Actor REPORTER = new Actor(null, null);

	public static Actor of(CurrentUser user) {
		return new Actor(user.accountId(), user.displayName());
	}

}

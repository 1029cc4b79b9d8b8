package vn.lachan.shared.security;

import java.util.Set;

/**
 * The platform itself, acting outside any request: loading demo data, scheduled jobs.
 */
public final class SystemUser {

	/** An unrestricted user with account id 0, audited as {@code system}. */
	public static final CurrentUser INSTANCE = new CurrentUser(0, "system", "Lá Chắn", Role.ADMIN, null, Set.of(),
			Set.of());

	private SystemUser() {
	}

}

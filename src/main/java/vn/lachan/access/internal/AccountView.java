package vn.lachan.access.internal;

import java.time.Instant;
import java.util.Set;

import vn.lachan.shared.security.Role;

/**
 * An account as the administrators' pages and API show it: everything but the password
 * hash.
 *
 * @param id the account's id
 * @param username the login name
 * @param displayName the name shown in pages
 * @param email where to reach the person, if known
 * @param role the account's role
 * @param unitId the administrative unit the account is bound to
 * @param groupIds for area officers, the residential groups assigned to them
 * @param enabled whether the account may sign in at all
 * @param locked whether repeated failed sign-ins have locked it for now
 * @param lockedUntil when the lock-out ends, if locked
 * @param createdAt when the account was created
 * @param passwordChangedAt when its password was last set
 */
public record AccountView(long id, String username, String displayName, String email, Role role, Long unitId,
		Set<Long> groupIds, boolean enabled, boolean locked, Instant lockedUntil, Instant createdAt,
		Instant passwordChangedAt) {

	public AccountView {
		groupIds = Set.copyOf(groupIds);
	}

}

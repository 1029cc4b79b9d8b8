package vn.lachan.access;

import java.util.Set;

import vn.lachan.shared.security.Role;

/**
 * An account as other modules see it: no credentials.
 */
public record AccountSummary(long id, String username, String displayName, Role role, Long unitId, Set<Long> groupIds,
		boolean enabled) {
}

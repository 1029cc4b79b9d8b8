package vn.lachan.shared.security;

import java.io.Serializable;
import java.util.Set;

import vn.lachan.shared.NotFoundException;

/**
 * The signed-in account and its scope, as every module sees it.
 *
 * @param accountId the account's id
 * @param username the login name
 * @param displayName the name shown in pages
 * @param role the account's role
 * @param unitId the administrative unit the account is bound to
 * @param unitIds the unit and every unit below it: what the account may see
 * @param groupIds for area officers, the residential groups assigned to them
 */
public record CurrentUser(long accountId, String username, String displayName, Role role, Long unitId,
		Set<Long> unitIds, Set<Long> groupIds) implements Serializable {

	public CurrentUser {
		unitIds = Set.copyOf(unitIds);
		groupIds = Set.copyOf(groupIds);
	}

	/** Administrators see every unit. */
	public boolean unrestricted() {
		return this.role == Role.ADMIN;
	}

	public boolean hasRole(Role candidate) {
		return this.role == candidate;
	}

	/** Whether a record of this unit lies within the caller's scope. */
	public boolean canSeeUnit(Long recordUnitId) {
		return unrestricted() || (recordUnitId != null && this.unitIds.contains(recordUnitId));
	}

	/**
	 * Whether a record of this unit and residential group lies within the caller's scope.
	 * Area officers see records of their own groups only, and records of their ward that
	 * belong to no group.
	 */
	public boolean canSee(Long recordUnitId, Long recordGroupId) {
		if (!canSeeUnit(recordUnitId)) {
			return false;
		}
		if (this.role == Role.AREA_OFFICER && recordGroupId != null) {
			return this.groupIds.contains(recordGroupId);
		}
		return true;
	}

	/**
	 * Answers the record, or throws {@link NotFoundException} when it lies outside the
	 * caller's scope, so that its existence does not leak.
	 */
	public void requireUnit(Long recordUnitId, String resource, Object id) {
		if (!canSeeUnit(recordUnitId)) {
			throw NotFoundException.of(resource, id);
		}
	}

	/** As {@link #requireUnit}, with the residential group taken into account. */
	public void require(Long recordUnitId, Long recordGroupId, String resource, Object id) {
		if (!canSee(recordUnitId, recordGroupId)) {
			throw NotFoundException.of(resource, id);
		}
	}

	/**
	 * The person signed in on this thread, or {@code null}: for code outside controllers
	 * (controllers take a {@code CurrentUser} parameter instead).
	 */
	public static CurrentUser signedIn() {
		return CurrentUserArgumentResolver.current();
	}

}

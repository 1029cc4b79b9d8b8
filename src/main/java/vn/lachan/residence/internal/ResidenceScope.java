package vn.lachan.residence.internal;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.lachan.residence.AccommodationSummary;
import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;

/**
 * Who may see what: hosts their own accommodations, staff of the ward the records of
 * their units (area officers: of their residential groups); anything else answers 404.
 */
@Component
public class ResidenceScope {

	/** Roles that see stays of their units. */
	static final Set<Role> STAFF = Set.of(Role.ADMIN, Role.COMMITTEE, Role.WARD_OFFICER, Role.AREA_OFFICER);

	private final AccommodationRepository accommodations;

	ResidenceScope(AccommodationRepository accommodations) {
		this.accommodations = accommodations;
	}

	public static boolean isStaff(CurrentUser user) {
		return STAFF.contains(user.role());
	}

	/** Whether the caller may see and declare guests of this accommodation. */
	public boolean canUse(CurrentUser user, AccommodationSummary accommodation) {
		if (user.hasRole(Role.HOST)) {
			return accommodation.hostIds().contains(user.accountId());
		}
		return isStaff(user) && user.canSee(accommodation.unitId(), accommodation.groupId());
	}

	/**
	 * The accommodation, or 404 when it does not exist or lies outside the caller's
	 * scope.
	 */
	public AccommodationSummary require(CurrentUser user, long accommodationId) {
		return this.accommodations.find(accommodationId)
			.filter((a) -> canUse(user, a))
			.orElseThrow(() -> NotFoundException.of("accommodation", accommodationId));
	}

	/** Whether the caller may see a stay of this accommodation, unit and group. */
	public boolean canSeeStay(CurrentUser user, long accommodationId, long unitId, Long groupId) {
		if (user.hasRole(Role.HOST)) {
			return this.accommodations.isHost(accommodationId, user.accountId());
		}
		return isStaff(user) && user.canSee(unitId, groupId);
	}

}

package vn.lachan.forces.web;

import java.time.LocalDate;

import vn.lachan.forces.internal.Membership;
import vn.lachan.forces.internal.Sex;
import vn.lachan.forces.internal.TeamRole;

/**
 * A membership as a roster shows it: no personal details.
 */
record MemberResponse(long membershipId, long teamId, long personId, String fullName, Sex sex, Long groupId,
		TeamRole role, LocalDate joinedOn, LocalDate leftOn, boolean hasAccount) {

	static MemberResponse of(Membership m) {
		return new MemberResponse(m.id(), m.teamId(), m.personId(), m.fullName(), m.sex(), m.groupId(), m.role(),
				m.joinedOn(), m.leftOn(), m.accountId() != null);
	}

}

package vn.lachan.forces.internal;

import java.time.LocalDate;

/**
 * A person's membership of a team, with what a roster shows of the person.
 */
public record Membership(long id, long teamId, long personId, String fullName, Sex sex, Long groupId, TeamRole role,
		LocalDate joinedOn, LocalDate leftOn, Long accountId) {

	public boolean activeOn(LocalDate date) {
		return !this.joinedOn.isAfter(date) && (this.leftOn == null || this.leftOn.isAfter(date));
	}

}

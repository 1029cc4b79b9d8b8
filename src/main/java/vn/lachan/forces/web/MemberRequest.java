package vn.lachan.forces.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.lachan.forces.internal.NewMember;
import vn.lachan.forces.internal.PersonDetails;
import vn.lachan.forces.internal.Sex;
import vn.lachan.forces.internal.TeamRole;

/**
 * A person joining a team: an existing person ({@code personId}) or a new one.
 *
 * @param confirmWarnings {@code true} to confirm broken membership rules; without it the
 * request answers 422 with the warnings
 */
record MemberRequest(Long personId, @Size(max = 200) String fullName, @Past LocalDate birthDate, Sex sex,
		@Pattern(regexp = "\\+?[0-9 .]{8,15}") String phone, @Size(max = 300) String address, Long groupId,
		LocalDate residentSince, Long accountId, @NotNull TeamRole role, @NotNull LocalDate joinedOn,
		Boolean confirmWarnings) {

	NewMember member() {
		PersonDetails person = (this.personId != null) ? null : new PersonDetails(this.fullName, this.birthDate,
				this.sex, this.phone, this.address, this.groupId, this.residentSince, this.accountId);
		return new NewMember(this.personId, person, this.role, this.joinedOn,
				Boolean.TRUE.equals(this.confirmWarnings));
	}

}

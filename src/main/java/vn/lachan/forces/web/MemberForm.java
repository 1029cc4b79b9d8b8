package vn.lachan.forces.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.lachan.forces.internal.NewMember;
import vn.lachan.forces.internal.PersonDetails;
import vn.lachan.forces.internal.Sex;
import vn.lachan.forces.internal.TeamRole;
import vn.lachan.shared.web.AddressFields;

/**
 * The form that adds a person to a team.
 */
public class MemberForm extends AddressFields {

	@NotBlank
	@Size(max = 200)
	private String fullName;

	@Past
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate birthDate;

	@NotNull
	private Sex sex;

	@Pattern(regexp = "(\\+?[0-9 .]{8,15})?")
	private String phone;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate residentSince;

	@NotNull
	private TeamRole role = TeamRole.MEMBER;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate joinedOn;

	private boolean confirmWarnings;

	NewMember member() {
		return new NewMember(null,
				new PersonDetails(this.fullName, this.birthDate, this.sex,
						(this.phone != null && !this.phone.isBlank()) ? this.phone : null, getAddress(), getGroupId(),
						this.residentSince, null),
				this.role, this.joinedOn, this.confirmWarnings);
	}

	public String getFullName() {
		return this.fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public LocalDate getBirthDate() {
		return this.birthDate;
	}

	public void setBirthDate(LocalDate birthDate) {
		this.birthDate = birthDate;
	}

	public Sex getSex() {
		return this.sex;
	}

	public void setSex(Sex sex) {
		this.sex = sex;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	@Size(max = 300)
	@Override
	public String getAddress() {
		return super.getAddress();
	}

	public LocalDate getResidentSince() {
		return this.residentSince;
	}

	public void setResidentSince(LocalDate residentSince) {
		this.residentSince = residentSince;
	}

	public TeamRole getRole() {
		return this.role;
	}

	public void setRole(TeamRole role) {
		this.role = role;
	}

	public LocalDate getJoinedOn() {
		return this.joinedOn;
	}

	public void setJoinedOn(LocalDate joinedOn) {
		this.joinedOn = joinedOn;
	}

	public boolean isConfirmWarnings() {
		return this.confirmWarnings;
	}

	public void setConfirmWarnings(boolean confirmWarnings) {
		this.confirmWarnings = confirmWarnings;
	}

}

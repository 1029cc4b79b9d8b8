package vn.lachan.access.web;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.lachan.access.internal.AccountManagement.AccountDetails;
import vn.lachan.access.internal.AccountView;
import vn.lachan.shared.security.Role;
import vn.lachan.shared.web.ContactFields;

/**
 * What an administrator enters about an account on the edit page.
 */
class AccountForm extends ContactFields {

	@NotNull(message = "{access.form.required}")
	private Role role;

	private Long unitId;

	private Set<Long> groupIds = new LinkedHashSet<>();

	static AccountForm of(AccountView account) {
		AccountForm form = new AccountForm();
		form.setDisplayName(account.displayName());
		form.setEmail(account.email());
		form.role = account.role();
		form.unitId = account.unitId();
		form.groupIds = new LinkedHashSet<>(account.groupIds());
		return form;
	}

	AccountDetails details() {
		return new AccountDetails(getDisplayName(), getEmail(), this.role, this.unitId,
				(this.groupIds != null) ? Set.copyOf(this.groupIds) : Set.of());
	}

	@NotBlank(message = "{access.form.required}")
	@Size(max = 120, message = "{access.form.too-long}")
	@Override
	public String getDisplayName() {
		return super.getDisplayName();
	}

	@Email(message = "{access.form.email}")
	@Size(max = 200, message = "{access.form.too-long}")
	@Override
	public String getEmail() {
		return super.getEmail();
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public Set<Long> getGroupIds() {
		return this.groupIds;
	}

	public void setGroupIds(Set<Long> groupIds) {
		this.groupIds = groupIds;
	}

}

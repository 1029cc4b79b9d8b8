package vn.lachan.access.web;

import jakarta.validation.constraints.NotBlank;

/**
 * A new password typed twice; the current one too when people change their own.
 */
class PasswordForm {

	private String currentPassword;

	@NotBlank(message = "{access.form.required}")
	private String newPassword;

	@NotBlank(message = "{access.form.required}")
	private String confirmation;

	boolean confirmed() {
		return this.newPassword != null && this.newPassword.equals(this.confirmation);
	}

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmation() {
		return this.confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}

}

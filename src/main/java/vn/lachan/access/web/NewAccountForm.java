package vn.lachan.access.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * What an administrator enters to create an account: the details, a username and an
 * initial password.
 */
class NewAccountForm extends AccountForm {

	/** Letters, digits, dot, dash and underscore; 3 to 60 of them. */
	static final String USERNAME_PATTERN = "[A-Za-z0-9._-]{3,60}";

	@NotBlank(message = "{access.form.required}")
	@Pattern(regexp = USERNAME_PATTERN, message = "{access.form.username}")
	private String username;

	@NotBlank(message = "{access.form.required}")
	private String password;

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}

package vn.lachan.shared.web;

/**
 * A person as a page form names them: the name shown to others ({@code displayName}) and
 * an email address. A form that constrains one overrides its getter with the constraint.
 */
public abstract class ContactFields {

	private String displayName;

	private String email;

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

}

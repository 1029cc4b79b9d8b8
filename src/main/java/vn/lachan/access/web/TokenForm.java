package vn.lachan.access.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The name of a new personal API token, to tell it from the others.
 */
class TokenForm {

	@NotBlank(message = "{access.form.required}")
	@Size(max = 100, message = "{access.form.too-long}")
	private String name;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

}

package vn.lachan.reports.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A subscription to a unit's monthly report: the unit and the address it is mailed to.
 */
public class SubscriptionForm {

	@NotNull
	private Long unit;

	@NotBlank
	@Email
	@Size(max = 254)
	private String email;

	public Long getUnit() {
		return this.unit;
	}

	public void setUnit(Long unit) {
		this.unit = unit;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

}

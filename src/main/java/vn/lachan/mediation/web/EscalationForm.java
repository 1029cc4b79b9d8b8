package vn.lachan.mediation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.lachan.mediation.internal.Escalation;

/**
 * The console's form escalating a case to a tip (no parties' names in the description).
 */
class EscalationForm {

	/** The tip categories a mediator escalates to: violence threatening. */
	static final java.util.List<String> CATEGORIES = java.util.List.of("fight", "domestic-violence");

	@NotBlank
	@Pattern(regexp = "fight|domestic-violence")
	private String categoryCode = "fight";

	@NotBlank
	@Size(max = 2000)
	private String description;

	private boolean urgent;

	Escalation escalation() {
		return new Escalation(this.categoryCode, this.description, this.urgent);
	}

	public String getCategoryCode() {
		return this.categoryCode;
	}

	public void setCategoryCode(String categoryCode) {
		this.categoryCode = categoryCode;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public boolean isUrgent() {
		return this.urgent;
	}

	public void setUrgent(boolean urgent) {
		this.urgent = urgent;
	}

}

package vn.lachan.mediation.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.lachan.mediation.internal.Escalation;

/**
 * The console's form escalating a case to a tip (no parties' names in the description),
 * bound through its constructor.
 *
 * @param categoryCode the tip category: one a mediator escalates to
 * @param description what threatens, without the parties' names
 * @param urgent whether the ward must act at once
 */
record EscalationForm(@NotBlank @Pattern(regexp = "fight|domestic-violence") String categoryCode,
		@NotBlank @Size(max = 2000) String description, boolean urgent) {

	/** The tip categories a mediator escalates to: violence threatening. */
	static final List<String> CATEGORIES = List.of("fight", "domestic-violence");

	/** The form as the case page first shows it: a fight, not urgent. */
	static EscalationForm blank() {
		return new EscalationForm("fight", null, false);
	}

	Escalation escalation() {
		return new Escalation(this.categoryCode, this.description, this.urgent);
	}

}

package vn.lachan.mediation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.lachan.mediation.internal.Escalation;

/** An escalation over the API: no parties' names in the description. */
record EscalationRequest(@NotBlank @Size(max = 60) String categoryCode, @NotBlank @Size(max = 2000) String description,
		boolean urgent) {

	Escalation escalation() {
		return new Escalation(this.categoryCode, this.description, this.urgent);
	}

}

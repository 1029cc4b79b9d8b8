package vn.lachan.mediation.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.lachan.mediation.internal.FollowUp;

/** A check of how an agreement is carried out, over the API or from the case page. */
record FollowUpRequest(@NotNull LocalDate checkedOn, @NotNull FollowUp.Performance performance,
		@Size(max = 2000) String note) {

	FollowUp followUp() {
		return new FollowUp(null, this.checkedOn, this.performance, this.note);
	}

}

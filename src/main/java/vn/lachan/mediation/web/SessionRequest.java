package vn.lachan.mediation.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.lachan.mediation.internal.SessionDetails;

/** A session over the API. */
record SessionRequest(@NotNull LocalDate heldOn, @NotBlank @Size(max = 300) String place,
		@NotBlank @Size(max = 1000) String attendees, @Size(max = 2000) String notes) {

	SessionDetails details() {
		return new SessionDetails(this.heldOn, this.place, this.attendees, this.notes);
	}

}

package vn.lachan.forces.web;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.lachan.forces.ActivityKind;
import vn.lachan.forces.internal.ActivityDetails;

/**
 * An activity as the API receives it; the idempotency key comes in the
 * {@code Idempotency-Key} header.
 */
record ActivityRequest(@NotNull Long teamId, @NotNull ActivityKind kind, @NotNull Instant occurredAt,
		@NotBlank @Size(max = 300) String place, @NotNull @Min(1) @Max(500) Integer participants,
		@Size(max = 2000) String notes) {

	ActivityDetails details(String idempotencyKey) {
		return new ActivityDetails(this.teamId, this.kind, this.occurredAt, this.place, this.participants, this.notes,
				idempotencyKey);
	}

}

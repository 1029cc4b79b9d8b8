package vn.lachan.streets.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.lachan.streets.OffenderKind;
import vn.lachan.streets.ViolationStep;
import vn.lachan.streets.internal.NewViolation;

/**
 * Request bodies of the streets API.
 */
final class ViolationRequests {

	private ViolationRequests() {
	}

	/** A violation found in the field. */
	record ViolationRequest(@NotNull(message = "{streets.error.required}") Long unitId, Long groupId,
			@NotBlank(message = "{streets.error.required}") String typeCode,
			@NotNull(message = "{streets.error.required}") Instant occurredAt,
			@NotBlank(message = "{streets.error.required}") @Size(max = 300,
					message = "{streets.error.address-too-long}") String address,
			BigDecimal latitude, BigDecimal longitude,
			@Size(max = 1000, message = "{streets.error.summary-too-long}") String summary,
			@NotNull(message = "{streets.error.required}") OffenderKind offenderKind,
			@Size(max = 200, message = "{streets.error.name-too-long}") String offenderName,
			@Size(max = 40, message = "{streets.error.identifier-too-long}") String offenderIdentifier, Long teamId) {

		NewViolation toInput() {
			return new NewViolation(this.unitId, this.groupId, this.typeCode, this.occurredAt, this.address,
					this.latitude, this.longitude, this.summary, this.offenderKind, this.offenderName,
					this.offenderIdentifier, this.teamId);
		}

	}

	/** The next step. */
	record StepRequest(@NotNull(message = "{streets.error.required}") ViolationStep step, LocalDate on,
			@Size(max = 1000, message = "{streets.error.summary-too-long}") String note, Boolean transfer) {
	}

	/** The decision. */
	record DecisionRequest(@NotBlank(message = "{streets.error.required}") String titleCode,
			@NotNull(message = "{streets.error.required}") Long fine, LocalDate decidedOn,
			@Size(max = 1000, message = "{streets.error.summary-too-long}") String note) {
	}

	/** A sweep and the violations entered on it. */
	record SweepRequest(@NotNull(message = "{streets.error.required}") Long unitId, Long teamId,
			@NotBlank(message = "{streets.error.required}") @Size(max = 200,
					message = "{streets.error.address-too-long}") String street,
			@NotNull(message = "{streets.error.required}") LocalDate sweepDate,
			@NotEmpty(message = "{streets.error.required}") @Size(max = 200,
					message = "{streets.error.sweep-too-many}") List<@Valid ViolationRequest> violations) {
	}

	/** A tip turned into a violation: what the field adds to the tip. */
	record FromTipRequest(@NotBlank(message = "{streets.error.required}") String typeCode,
			@NotNull(message = "{streets.error.required}") OffenderKind offenderKind,
			@Size(max = 200, message = "{streets.error.name-too-long}") String offenderName,
			@Size(max = 40, message = "{streets.error.identifier-too-long}") String offenderIdentifier,
			@Size(max = 1000, message = "{streets.error.summary-too-long}") String summary) {
	}

}

package vn.lachan.mediation.web;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.lachan.mediation.internal.AgreementParts;
import vn.lachan.mediation.internal.CaseOutcome;
import vn.lachan.mediation.internal.CaseStatus;

/**
 * How a case ends over the API; the agreement only for a success the parties want
 * written.
 */
record OutcomeRequest(@NotNull CaseStatus status, @NotNull LocalDate closedOn, @Size(max = 2000) String note,
		@Valid AgreementRequest agreement) {

	record AgreementRequest(@NotBlank @Size(max = 1000) String grounds, @NotBlank @Size(max = 1000) String parties,
			@NotBlank @Size(max = 2000) String content, @NotBlank @Size(max = 2000) String course,
			@NotBlank @Size(max = 2000) String solution, @NotBlank @Size(max = 2000) String obligations,
			@NotBlank @Size(max = 1000) String performance, boolean signed) {
	}

	CaseOutcome outcome() {
		AgreementParts parts = (this.agreement == null) ? null
				: new AgreementParts(this.agreement.grounds(), this.agreement.parties(), this.agreement.content(),
						this.agreement.course(), this.agreement.solution(), this.agreement.obligations(),
						this.agreement.performance(), this.agreement.signed());
		return new CaseOutcome(this.status, this.closedOn, this.note, parts);
	}

}

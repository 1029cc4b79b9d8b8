package vn.lachan.mediation.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import org.springframework.validation.BindingResult;

import vn.lachan.mediation.internal.AgreementParts;
import vn.lachan.mediation.internal.CaseOutcome;
import vn.lachan.mediation.internal.CaseStatus;

/**
 * The console's form ending a case; the written agreement's parts (Đ.24 k.2) when the
 * mediation succeeded and the parties want it written.
 */
class OutcomeForm {

	@NotNull
	private CaseStatus status = CaseStatus.SUCCEEDED;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate closedOn;

	@Size(max = 2000)
	private String note;

	private boolean written;

	@Size(max = 1000)
	private String agreementGrounds;

	@Size(max = 1000)
	private String agreementParties;

	@Size(max = 2000)
	private String agreementContent;

	@Size(max = 2000)
	private String agreementCourse;

	@Size(max = 2000)
	private String agreementSolution;

	@Size(max = 2000)
	private String agreementObligations;

	@Size(max = 1000)
	private String agreementPerformance;

	private boolean signed;

	/** A written agreement needs every part; only a success has one. */
	void check(BindingResult result) {
		if (!this.written || this.status != CaseStatus.SUCCEEDED) {
			return;
		}
		String[][] parts = { { "agreementGrounds", this.agreementGrounds },
				{ "agreementParties", this.agreementParties }, { "agreementContent", this.agreementContent },
				{ "agreementCourse", this.agreementCourse }, { "agreementSolution", this.agreementSolution },
				{ "agreementObligations", this.agreementObligations },
				{ "agreementPerformance", this.agreementPerformance } };
		for (String[] part : parts) {
			if (part[1] == null || part[1].isBlank()) {
				result.rejectValue(part[0], "mediation.error.agreement-part-required");
			}
		}
	}

	CaseOutcome outcome() {
		AgreementParts agreement = (this.written && this.status == CaseStatus.SUCCEEDED) ? new AgreementParts(
				this.agreementGrounds, this.agreementParties, this.agreementContent, this.agreementCourse,
				this.agreementSolution, this.agreementObligations, this.agreementPerformance, this.signed) : null;
		return new CaseOutcome(this.status, this.closedOn, this.note, agreement);
	}

	public CaseStatus getStatus() {
		return this.status;
	}

	public void setStatus(CaseStatus status) {
		this.status = status;
	}

	public LocalDate getClosedOn() {
		return this.closedOn;
	}

	public void setClosedOn(LocalDate closedOn) {
		this.closedOn = closedOn;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public boolean isWritten() {
		return this.written;
	}

	public void setWritten(boolean written) {
		this.written = written;
	}

	public String getAgreementGrounds() {
		return this.agreementGrounds;
	}

	public void setAgreementGrounds(String agreementGrounds) {
		this.agreementGrounds = agreementGrounds;
	}

	public String getAgreementParties() {
		return this.agreementParties;
	}

	public void setAgreementParties(String agreementParties) {
		this.agreementParties = agreementParties;
	}

	public String getAgreementContent() {
		return this.agreementContent;
	}

	public void setAgreementContent(String agreementContent) {
		this.agreementContent = agreementContent;
	}

	public String getAgreementCourse() {
		return this.agreementCourse;
	}

	public void setAgreementCourse(String agreementCourse) {
		this.agreementCourse = agreementCourse;
	}

	public String getAgreementSolution() {
		return this.agreementSolution;
	}

	public void setAgreementSolution(String agreementSolution) {
		this.agreementSolution = agreementSolution;
	}

	public String getAgreementObligations() {
		return this.agreementObligations;
	}

	public void setAgreementObligations(String agreementObligations) {
		this.agreementObligations = agreementObligations;
	}

	public String getAgreementPerformance() {
		return this.agreementPerformance;
	}

	public void setAgreementPerformance(String agreementPerformance) {
		this.agreementPerformance = agreementPerformance;
	}

	public boolean isSigned() {
		return this.signed;
	}

	public void setSigned(boolean signed) {
		this.signed = signed;
	}

}

package vn.lachan.mediation.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.lachan.mediation.internal.FollowUp;

/** The case page's form recording a check of the agreement. */
class FollowUpForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate checkedOn;

	@NotNull
	private FollowUp.Performance performance = FollowUp.Performance.PERFORMED;

	@Size(max = 2000)
	private String note;

	FollowUp followUp() {
		return new FollowUp(null, this.checkedOn, this.performance, this.note);
	}

	public LocalDate getCheckedOn() {
		return this.checkedOn;
	}

	public void setCheckedOn(LocalDate checkedOn) {
		this.checkedOn = checkedOn;
	}

	public FollowUp.Performance getPerformance() {
		return this.performance;
	}

	public void setPerformance(FollowUp.Performance performance) {
		this.performance = performance;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}

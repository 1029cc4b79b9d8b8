package vn.lachan.mediation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the reader opens the parties' details; written to the access log with the read. */
class PurposeForm {

	@NotBlank
	@Size(max = 200)
	private String purpose;

	public String getPurpose() {
		return this.purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

}

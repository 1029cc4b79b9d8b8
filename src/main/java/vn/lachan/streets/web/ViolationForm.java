package vn.lachan.streets.web;

import java.time.LocalDateTime;

import org.springframework.format.annotation.DateTimeFormat;

import vn.lachan.shared.web.LocatedFields;
import vn.lachan.streets.OffenderKind;

/**
 * The phone form of a violation found in the field. Checks are the service's: the form is
 * re-shown with its messages.
 */
class ViolationForm extends LocatedFields {

	private String typeCode;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME, fallbackPatterns = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime occurredAt;

	private OffenderKind offenderKind = OffenderKind.PERSON;

	private String offenderName;

	private String offenderIdentifier;

	private String summary;

	public String getTypeCode() {
		return this.typeCode;
	}

	public void setTypeCode(String typeCode) {
		this.typeCode = typeCode;
	}

	public LocalDateTime getOccurredAt() {
		return this.occurredAt;
	}

	public void setOccurredAt(LocalDateTime occurredAt) {
		this.occurredAt = occurredAt;
	}

	public OffenderKind getOffenderKind() {
		return this.offenderKind;
	}

	public void setOffenderKind(OffenderKind offenderKind) {
		this.offenderKind = offenderKind;
	}

	public String getOffenderName() {
		return this.offenderName;
	}

	public void setOffenderName(String offenderName) {
		this.offenderName = offenderName;
	}

	public String getOffenderIdentifier() {
		return this.offenderIdentifier;
	}

	public void setOffenderIdentifier(String offenderIdentifier) {
		this.offenderIdentifier = offenderIdentifier;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

}

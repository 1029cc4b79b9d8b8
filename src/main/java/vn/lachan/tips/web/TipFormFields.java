package vn.lachan.tips.web;

import java.time.LocalDateTime;

import org.springframework.format.annotation.DateTimeFormat;

import vn.lachan.shared.web.LocatedFields;

/**
 * The fields every tip form binds, public or staff: what happened, when and where, who
 * reported it (when not anonymous), and the submission's idempotency key.
 */
public abstract class TipFormFields extends LocatedFields {

	private String categoryCode;

	private String description;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime occurredAt;

	private String reporterName;

	private String reporterContact;

	private String idempotencyKey;

	public String getCategoryCode() {
		return this.categoryCode;
	}

	public void setCategoryCode(String categoryCode) {
		this.categoryCode = categoryCode;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public LocalDateTime getOccurredAt() {
		return this.occurredAt;
	}

	public void setOccurredAt(LocalDateTime occurredAt) {
		this.occurredAt = occurredAt;
	}

	public String getReporterName() {
		return this.reporterName;
	}

	public void setReporterName(String reporterName) {
		this.reporterName = reporterName;
	}

	public String getReporterContact() {
		return this.reporterContact;
	}

	public void setReporterContact(String reporterContact) {
		this.reporterContact = reporterContact;
	}

	public String getIdempotencyKey() {
		return this.idempotencyKey;
	}

	public void setIdempotencyKey(String idempotencyKey) {
		this.idempotencyKey = idempotencyKey;
	}

}

package vn.lachan.tips.web;

import java.time.LocalDateTime;

import org.springframework.format.annotation.DateTimeFormat;

import vn.lachan.tips.TipChannel;

/**
 * The staff form for a tip from the field, the phone or in person, with the register
 * fields of TT 28/2020 Đ.5 k.3.
 */
public class FieldTipForm {

	private TipChannel channel = TipChannel.FIELD;

	private String categoryCode;

	private String description;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime occurredAt;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime receivedAt;

	private Long groupId;

	private String address;

	private boolean urgent;

	private String reporterName;

	private String reporterContact;

	private String reporterIdNumber;

	private String withheldReason;

	private String peopleInvolved;

	private String damage;

	private String measuresTaken;

	private String reporterKnowledge;

	private String idempotencyKey;

	public TipChannel getChannel() {
		return this.channel;
	}

	public void setChannel(TipChannel channel) {
		this.channel = channel;
	}

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

	public LocalDateTime getReceivedAt() {
		return this.receivedAt;
	}

	public void setReceivedAt(LocalDateTime receivedAt) {
		this.receivedAt = receivedAt;
	}

	public Long getGroupId() {
		return this.groupId;
	}

	public void setGroupId(Long groupId) {
		this.groupId = groupId;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public boolean isUrgent() {
		return this.urgent;
	}

	public void setUrgent(boolean urgent) {
		this.urgent = urgent;
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

	public String getReporterIdNumber() {
		return this.reporterIdNumber;
	}

	public void setReporterIdNumber(String reporterIdNumber) {
		this.reporterIdNumber = reporterIdNumber;
	}

	public String getWithheldReason() {
		return this.withheldReason;
	}

	public void setWithheldReason(String withheldReason) {
		this.withheldReason = withheldReason;
	}

	public String getPeopleInvolved() {
		return this.peopleInvolved;
	}

	public void setPeopleInvolved(String peopleInvolved) {
		this.peopleInvolved = peopleInvolved;
	}

	public String getDamage() {
		return this.damage;
	}

	public void setDamage(String damage) {
		this.damage = damage;
	}

	public String getMeasuresTaken() {
		return this.measuresTaken;
	}

	public void setMeasuresTaken(String measuresTaken) {
		this.measuresTaken = measuresTaken;
	}

	public String getReporterKnowledge() {
		return this.reporterKnowledge;
	}

	public void setReporterKnowledge(String reporterKnowledge) {
		this.reporterKnowledge = reporterKnowledge;
	}

	public String getIdempotencyKey() {
		return this.idempotencyKey;
	}

	public void setIdempotencyKey(String idempotencyKey) {
		this.idempotencyKey = idempotencyKey;
	}

}

package vn.lachan.tips.web;

import java.time.LocalDateTime;

import org.springframework.format.annotation.DateTimeFormat;

import vn.lachan.tips.TipChannel;

/**
 * The staff form for a tip from the field, the phone or in person, with the register
 * fields of TT 28/2020 Đ.5 k.3.
 */
public class FieldTipForm extends TipFormFields {

	private TipChannel channel = TipChannel.FIELD;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime receivedAt;

	private boolean urgent;

	private String reporterIdNumber;

	private String withheldReason;

	private String peopleInvolved;

	private String damage;

	private String measuresTaken;

	private String reporterKnowledge;

	public TipChannel getChannel() {
		return this.channel;
	}

	public void setChannel(TipChannel channel) {
		this.channel = channel;
	}

	public LocalDateTime getReceivedAt() {
		return this.receivedAt;
	}

	public void setReceivedAt(LocalDateTime receivedAt) {
		this.receivedAt = receivedAt;
	}

	public boolean isUrgent() {
		return this.urgent;
	}

	public void setUrgent(boolean urgent) {
		this.urgent = urgent;
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

}

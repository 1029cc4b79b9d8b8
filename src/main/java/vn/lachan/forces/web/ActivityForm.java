package vn.lachan.forces.web;

import java.time.LocalDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.lachan.forces.ActivityKind;
import vn.lachan.forces.internal.ActivityDetails;
import vn.lachan.shared.time.VietnamTime;

/**
 * The phone-first form that logs an activity. The idempotency key is a hidden field made
 * when the form is shown, so a form sent again after a bad connection is stored once.
 */
public class ActivityForm {

	@NotNull
	private Long teamId;

	@NotNull
	private ActivityKind kind = ActivityKind.PATROL;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME, fallbackPatterns = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime occurredAt;

	@NotBlank
	@Size(max = 300)
	private String place;

	@NotNull
	@Min(1)
	@Max(500)
	private Integer participants = 2;

	@Size(max = 2000)
	private String notes;

	@Size(max = 100)
	private String idempotencyKey;

	ActivityDetails details() {
		return new ActivityDetails(this.teamId, this.kind, this.occurredAt.atZone(VietnamTime.ZONE).toInstant(),
				this.place, this.participants, this.notes, this.idempotencyKey);
	}

	public Long getTeamId() {
		return this.teamId;
	}

	public void setTeamId(Long teamId) {
		this.teamId = teamId;
	}

	public ActivityKind getKind() {
		return this.kind;
	}

	public void setKind(ActivityKind kind) {
		this.kind = kind;
	}

	public LocalDateTime getOccurredAt() {
		return this.occurredAt;
	}

	public void setOccurredAt(LocalDateTime occurredAt) {
		this.occurredAt = occurredAt;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public Integer getParticipants() {
		return this.participants;
	}

	public void setParticipants(Integer participants) {
		this.participants = participants;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public String getIdempotencyKey() {
		return this.idempotencyKey;
	}

	public void setIdempotencyKey(String idempotencyKey) {
		this.idempotencyKey = idempotencyKey;
	}

}

package vn.lachan.cameras.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import vn.lachan.cameras.FootageRequestChanged;
import vn.lachan.cameras.FootageRequestStatus;
import vn.lachan.cameras.ProvideMethod;
import vn.lachan.shared.RuleViolationException;
import vn.lachan.shared.time.VietnamTime;

/**
 * A request to one owner for the footage of one camera over a window of at most 12 hours,
 * bound to a tip. The owner sees only the tip's category, the window and the place. It
 * expires an hour before the start of the window leaves the camera's retention, and at
 * most seven days after it was sent.
 */
@Table("cameras_footage_request")
class FootageRequest {

	static final Duration MAX_WINDOW = Duration.ofHours(12);

	static final Duration MARGIN = Duration.ofHours(1);

	static final Duration MAX_OPEN = Duration.ofDays(7);

	@Id
	private Long id;

	private long unitId;

	private long tipId;

	private long cameraId;

	private long ownerId;

	private String categoryCode;

	private String place;

	private Instant windowFrom;

	private Instant windowTo;

	private Instant expiresAt;

	private String linkHash;

	private FootageRequestStatus status;

	private ProvideMethod provideMethod;

	private Long sentBy;

	private Instant sentAt;

	private boolean mailed;

	private Instant answeredAt;

	@Version
	private Integer version;

	FootageRequest() {
	}

	static FootageRequest send(long tipId, String categoryCode, String place, Camera camera, Instant from, Instant to,
			String linkHash, Long sentBy, Instant now) {
		FootageRequest request = new FootageRequest();
		request.unitId = camera.unitId();
		request.tipId = tipId;
		request.cameraId = camera.id();
		request.ownerId = camera.ownerId();
		request.categoryCode = categoryCode;
		request.place = place;
		request.windowFrom = from;
		request.windowTo = to;
		Instant recordingGone = from.plus(Duration.ofDays(camera.retentionDays())).minus(MARGIN);
		Instant latest = now.plus(MAX_OPEN);
		request.expiresAt = recordingGone.isBefore(latest) ? recordingGone : latest;
		request.linkHash = linkHash;
		request.status = FootageRequestStatus.SENT;
		request.sentBy = sentBy;
		request.sentAt = now;
		return request;
	}

	void mailed() {
		this.mailed = true;
	}

	void provide(ProvideMethod method, Instant now) {
		requireOpen(now);
		if (method == null) {
			throw new RuleViolationException("footage-method-missing", "How the footage is provided is missing");
		}
		this.status = FootageRequestStatus.PROVIDED;
		this.provideMethod = method;
		this.answeredAt = now;
	}

	void decline(Instant now) {
		requireOpen(now);
		this.status = FootageRequestStatus.DECLINED;
		this.answeredAt = now;
	}

	/** Marks the request expired once its time is up; whether it changed. */
	boolean expireIfDue(Instant now) {
		if (this.status == FootageRequestStatus.SENT && !now.isBefore(this.expiresAt)) {
			this.status = FootageRequestStatus.EXPIRED;
			return true;
		}
		return false;
	}

	private void requireOpen(Instant now) {
		expireIfDue(now);
		if (this.status == FootageRequestStatus.EXPIRED) {
			throw new RuleViolationException("footage-request-expired", "The request has expired");
		}
		if (this.status.answered()) {
			throw new RuleViolationException("footage-request-answered", "The request is already answered");
		}
	}

	FootageRequestChanged changed() {
		return new FootageRequestChanged(this.id, this.unitId, LocalDate.ofInstant(this.sentAt, VietnamTime.ZONE),
				this.status, (this.answeredAt != null) ? LocalDate.ofInstant(this.answeredAt, VietnamTime.ZONE) : null);
	}

	Long id() {
		return this.id;
	}

	long unitId() {
		return this.unitId;
	}

	long tipId() {
		return this.tipId;
	}

	long cameraId() {
		return this.cameraId;
	}

	long ownerId() {
		return this.ownerId;
	}

	String categoryCode() {
		return this.categoryCode;
	}

	String place() {
		return this.place;
	}

	Instant windowFrom() {
		return this.windowFrom;
	}

	Instant windowTo() {
		return this.windowTo;
	}

	Instant expiresAt() {
		return this.expiresAt;
	}

	FootageRequestStatus status() {
		return this.status;
	}

	ProvideMethod provideMethod() {
		return this.provideMethod;
	}

	Instant sentAt() {
		return this.sentAt;
	}

	Instant answeredAt() {
		return this.answeredAt;
	}

	boolean wasMailed() {
		return this.mailed;
	}

}

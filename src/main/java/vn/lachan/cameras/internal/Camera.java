package vn.lachan.cameras.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import vn.lachan.cameras.CameraStatus;
import vn.lachan.cameras.CameraSummary;
import vn.lachan.cameras.CamerasChanged.CameraLine;
import vn.lachan.cameras.Ownership;
import vn.lachan.shared.RuleViolationException;
import vn.lachan.shared.jdbc.WardRecord;

/**
 * A camera: who owns it, where it stands and what it sees, how long it keeps recordings,
 * whether it works, and what its owner consents to. Withdrawing consent takes effect at
 * once: from that instant the camera is never suggested for a footage request.
 */
@Table("cameras_camera")
class Camera extends WardRecord {

	private Long placeId;

	private Long ownerId;

	private Ownership ownership;

	private String label;

	private String address;

	private BigDecimal latitude;

	private BigDecimal longitude;

	private BigDecimal bearing;

	private BigDecimal fieldOfView;

	@Column("range_m")
	private int rangeMetres;

	private int retentionDays;

	private CameraStatus status;

	private LocalDate lastCheckedOn;

	private LocalDate installedOn;

	private LocalDate removedOn;

	private boolean consentRequests;

	private boolean consentLiveView;

	private Instant consentGivenAt;

	private Instant consentWithdrawnAt;

	private Instant confirmedAt;

	private Instant createdAt;

	@Version
	private Integer version;

	Camera() {
	}

	/**
	 * A new camera; staff entries are confirmed at once, an owner's own registration
	 * waits for the ward.
	 */
	static Camera register(long unitId, Long ownerId, CameraInput input, boolean confirmed, Instant now) {
		CameraRules.check(input);
		Camera camera = new Camera();
		camera.placeIn(unitId);
		camera.ownerId = ownerId;
		camera.createdAt = now;
		camera.confirmedAt = confirmed ? now : null;
		camera.apply(input, now);
		return camera;
	}

	void change(CameraInput input, Instant now) {
		CameraRules.check(input);
		apply(input, now);
	}

	private void apply(CameraInput input, Instant now) {
		this.ownership = input.ownership();
		this.label = input.label().strip();
		this.address = input.address().strip();
		moveToGroup(input.groupId());
		this.placeId = input.placeId();
		this.latitude = BigDecimal.valueOf(input.latitude()).setScale(6, RoundingMode.HALF_UP);
		this.longitude = BigDecimal.valueOf(input.longitude()).setScale(6, RoundingMode.HALF_UP);
		this.bearing = BigDecimal.valueOf(input.bearing()).setScale(1, RoundingMode.HALF_UP);
		this.fieldOfView = BigDecimal.valueOf(input.fieldOfView()).setScale(1, RoundingMode.HALF_UP);
		this.rangeMetres = input.rangeMetres();
		this.retentionDays = input.retentionDays();
		this.installedOn = input.installedOn();
		this.lastCheckedOn = input.lastCheckedOn();
		setStatus(input.status(), now);
		boolean consent = input.footageRequestsAllowed() || input.liveViewAllowed();
		if (consent && (!this.consentRequests && !this.consentLiveView || this.consentWithdrawnAt != null)) {
			this.consentGivenAt = now;
			this.consentWithdrawnAt = null;
		}
		if (!consent && (this.consentRequests || this.consentLiveView)) {
			this.consentWithdrawnAt = now;
		}
		this.consentRequests = input.footageRequestsAllowed();
		this.consentLiveView = input.liveViewAllowed();
	}

	private void setStatus(CameraStatus next, Instant now) {
		this.status = next;
		if (next == CameraStatus.REMOVED && this.removedOn == null) {
			this.removedOn = (this.lastCheckedOn != null) ? this.lastCheckedOn
					: LocalDate.ofInstant(now, vn.lachan.shared.time.VietnamTime.ZONE);
		}
		if (next != CameraStatus.REMOVED) {
			this.removedOn = null;
		}
	}

	/** The status found on a check, on that day. */
	void checked(CameraStatus found, LocalDate on, Instant now) {
		this.lastCheckedOn = on;
		setStatus(found, now);
	}

	/** The owner withdraws consent: from now on no request and no live view. */
	void withdrawConsent(Instant now) {
		if (this.consentWithdrawnAt != null) {
			throw new RuleViolationException("camera-consent-withdrawn", "Consent already withdrawn");
		}
		this.consentRequests = false;
		this.consentLiveView = false;
		this.consentWithdrawnAt = now;
	}

	void confirm(Instant now) {
		if (this.confirmedAt != null) {
			throw new RuleViolationException("camera-confirmed", "Camera already confirmed");
		}
		this.confirmedAt = now;
	}

	/** Whether a footage request may go to this camera's owner now. */
	boolean requestable() {
		return this.status == CameraStatus.ACTIVE && this.confirmedAt != null && this.consentRequests
				&& this.consentWithdrawnAt == null;
	}

	/** Whether the recording of that instant is still kept at {@code now}. */
	boolean retains(Instant moment, Instant now) {
		return !moment.isAfter(now) && moment.plus(java.time.Duration.ofDays(this.retentionDays)).isAfter(now);
	}

	ViewCone cone() {
		return new ViewCone(this.latitude.doubleValue(), this.longitude.doubleValue(), this.bearing.doubleValue(),
				this.fieldOfView.doubleValue(), this.rangeMetres);
	}

	CameraSummary summary() {
		return new CameraSummary(id(), unitId(), groupId(), this.ownership, this.label, this.address,
				this.latitude.doubleValue(), this.longitude.doubleValue(), this.bearing.doubleValue(),
				this.fieldOfView.doubleValue(), this.rangeMetres, this.retentionDays, this.status, this.lastCheckedOn,
				this.consentRequests && this.consentWithdrawnAt == null,
				this.consentLiveView && this.consentWithdrawnAt == null, this.confirmedAt != null);
	}

	CameraLine line() {
		return new CameraLine(id(), unitId(), groupId(), this.ownership, this.status, this.installedOn, this.removedOn,
				this.confirmedAt != null);
	}

	CameraInput input() {
		return new CameraInput(this.ownership, this.label, this.address, groupId(), this.placeId,
				this.latitude.doubleValue(), this.longitude.doubleValue(), this.bearing.doubleValue(),
				this.fieldOfView.doubleValue(), this.rangeMetres, this.retentionDays, this.status, this.lastCheckedOn,
				this.installedOn, this.consentRequests, this.consentLiveView);
	}

	Long ownerId() {
		return this.ownerId;
	}

	Ownership ownership() {
		return this.ownership;
	}

	String label() {
		return this.label;
	}

	String address() {
		return this.address;
	}

	CameraStatus status() {
		return this.status;
	}

	int retentionDays() {
		return this.retentionDays;
	}

	Instant consentGivenAt() {
		return this.consentGivenAt;
	}

	Instant consentWithdrawnAt() {
		return this.consentWithdrawnAt;
	}

	Instant confirmedAt() {
		return this.confirmedAt;
	}

	LocalDate installedOn() {
		return this.installedOn;
	}

}

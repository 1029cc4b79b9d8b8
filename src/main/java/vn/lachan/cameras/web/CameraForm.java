package vn.lachan.cameras.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import vn.lachan.cameras.CameraStatus;
import vn.lachan.cameras.OwnerKind;
import vn.lachan.cameras.Ownership;
import vn.lachan.cameras.internal.CameraInput;
import vn.lachan.cameras.internal.OwnerInput;
import vn.lachan.shared.web.AddressFields;

/**
 * A camera as staff (or an owner registering) enter it on a page.
 */
class CameraForm extends AddressFields {

	private Long unitId;

	private Ownership ownership = Ownership.BUSINESS;

	private String label;

	private Double latitude;

	private Double longitude;

	private Double bearing;

	private Double fieldOfView = 90.0;

	private Integer rangeMetres = 30;

	private Integer retentionDays = 15;

	private CameraStatus status = CameraStatus.ACTIVE;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate installedOn;

	private boolean footageRequestsAllowed = true;

	private boolean liveViewAllowed;

	private OwnerKind ownerKind = OwnerKind.PERSON;

	private String ownerName;

	private String ownerContact;

	private String ownerEmail;

	CameraInput camera() {
		return new CameraInput(this.ownership, this.label, getAddress(), getGroupId(), null, this.latitude,
				this.longitude, this.bearing, this.fieldOfView, this.rangeMetres, this.retentionDays, this.status, null,
				this.installedOn, this.footageRequestsAllowed, this.liveViewAllowed);
	}

	OwnerInput owner() {
		return new OwnerInput(this.ownerKind, this.ownerName, this.ownerContact, this.ownerEmail);
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public Ownership getOwnership() {
		return this.ownership;
	}

	public void setOwnership(Ownership ownership) {
		this.ownership = ownership;
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

	public Double getLatitude() {
		return this.latitude;
	}

	public void setLatitude(Double latitude) {
		this.latitude = latitude;
	}

	public Double getLongitude() {
		return this.longitude;
	}

	public void setLongitude(Double longitude) {
		this.longitude = longitude;
	}

	public Double getBearing() {
		return this.bearing;
	}

	public void setBearing(Double bearing) {
		this.bearing = bearing;
	}

	public Double getFieldOfView() {
		return this.fieldOfView;
	}

	public void setFieldOfView(Double fieldOfView) {
		this.fieldOfView = fieldOfView;
	}

	public Integer getRangeMetres() {
		return this.rangeMetres;
	}

	public void setRangeMetres(Integer rangeMetres) {
		this.rangeMetres = rangeMetres;
	}

	public Integer getRetentionDays() {
		return this.retentionDays;
	}

	public void setRetentionDays(Integer retentionDays) {
		this.retentionDays = retentionDays;
	}

	public CameraStatus getStatus() {
		return this.status;
	}

	public void setStatus(CameraStatus status) {
		this.status = status;
	}

	public LocalDate getInstalledOn() {
		return this.installedOn;
	}

	public void setInstalledOn(LocalDate installedOn) {
		this.installedOn = installedOn;
	}

	public boolean isFootageRequestsAllowed() {
		return this.footageRequestsAllowed;
	}

	public void setFootageRequestsAllowed(boolean footageRequestsAllowed) {
		this.footageRequestsAllowed = footageRequestsAllowed;
	}

	public boolean isLiveViewAllowed() {
		return this.liveViewAllowed;
	}

	public void setLiveViewAllowed(boolean liveViewAllowed) {
		this.liveViewAllowed = liveViewAllowed;
	}

	public OwnerKind getOwnerKind() {
		return this.ownerKind;
	}

	public void setOwnerKind(OwnerKind ownerKind) {
		this.ownerKind = ownerKind;
	}

	public String getOwnerName() {
		return this.ownerName;
	}

	public void setOwnerName(String ownerName) {
		this.ownerName = ownerName;
	}

	public String getOwnerContact() {
		return this.ownerContact;
	}

	public void setOwnerContact(String ownerContact) {
		this.ownerContact = ownerContact;
	}

	public String getOwnerEmail() {
		return this.ownerEmail;
	}

	public void setOwnerEmail(String ownerEmail) {
		this.ownerEmail = ownerEmail;
	}

}

package vn.lachan.cameras.web;

import java.time.LocalDate;

import vn.lachan.cameras.CameraStatus;
import vn.lachan.cameras.OwnerKind;
import vn.lachan.cameras.Ownership;
import vn.lachan.cameras.internal.CameraInput;
import vn.lachan.cameras.internal.OwnerInput;

/**
 * A camera as the API takes it; the owner's fields for a private camera. The module's
 * rules check every field (bearing, view, range, coordinates, retention).
 */
record CameraRequest(Long unitId, Ownership ownership, String label, String address, Long groupId, Long placeId,
		Double latitude, Double longitude, Double bearing, Double fieldOfView, Integer rangeMetres,
		Integer retentionDays, CameraStatus status, LocalDate lastCheckedOn, LocalDate installedOn,
		Boolean footageRequestsAllowed, Boolean liveViewAllowed, OwnerKind ownerKind, String ownerName,
		String ownerContact, String ownerEmail) {

	CameraInput camera() {
		return new CameraInput(this.ownership, this.label, this.address, this.groupId, this.placeId, this.latitude,
				this.longitude, this.bearing, this.fieldOfView, this.rangeMetres, this.retentionDays,
				(this.status != null) ? this.status : CameraStatus.ACTIVE, this.lastCheckedOn, this.installedOn,
				Boolean.TRUE.equals(this.footageRequestsAllowed), Boolean.TRUE.equals(this.liveViewAllowed));
	}

	OwnerInput owner() {
		return new OwnerInput(this.ownerKind, this.ownerName, this.ownerContact, this.ownerEmail);
	}

	@Override
	public String toString() {
		return "CameraRequest[unitId=" + this.unitId + ", ownership=" + this.ownership + "]";
	}

}

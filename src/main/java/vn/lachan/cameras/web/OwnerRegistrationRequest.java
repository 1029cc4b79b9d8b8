package vn.lachan.cameras.web;

import java.util.List;

import vn.lachan.cameras.OwnerKind;

/**
 * An owner's own registration: who they are and their cameras.
 */
record OwnerRegistrationRequest(Long unitId, OwnerKind ownerKind, String ownerName, String ownerContact,
		String ownerEmail, List<CameraRequest> cameras) {

	@Override
	public String toString() {
		return "OwnerRegistrationRequest[unitId=" + this.unitId + "]";
	}

}

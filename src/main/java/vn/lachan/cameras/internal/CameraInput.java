package vn.lachan.cameras.internal;

import java.time.LocalDate;

import vn.lachan.cameras.CameraStatus;
import vn.lachan.cameras.Ownership;

/**
 * A camera as staff or its owner enter it. {@code null} numbers are missing input.
 */
public record CameraInput(Ownership ownership, String label, String address, Long groupId, Long placeId,
		Double latitude, Double longitude, Double bearing, Double fieldOfView, Integer rangeMetres,
		Integer retentionDays, CameraStatus status, LocalDate lastCheckedOn, LocalDate installedOn,
		boolean footageRequestsAllowed, boolean liveViewAllowed) {
}

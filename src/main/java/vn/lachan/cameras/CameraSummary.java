package vn.lachan.cameras;

import java.time.LocalDate;

/**
 * A camera as other modules and the API see it: no owner data.
 */
public record CameraSummary(long id, long unitId, Long groupId, Ownership ownership, String label, String address,
		double latitude, double longitude, double bearing, double fieldOfView, int rangeMetres, int retentionDays,
		CameraStatus status, LocalDate lastCheckedOn, boolean footageRequestsAllowed, boolean liveViewAllowed,
		boolean confirmed) {
}

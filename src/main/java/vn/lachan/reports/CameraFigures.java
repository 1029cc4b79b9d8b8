package vn.lachan.reports;

import java.time.LocalDate;
import java.util.Map;

/**
 * Cameras of a unit and the units below it on a date: public and private, by ownership
 * and by status; and the footage requests sent up to that date, answered, provided and
 * declined (counted, never named).
 */
public record CameraFigures(Long unitId, LocalDate on, long publicCameras, long privateCameras,
		Map<String, Long> byOwnership, Map<String, Long> byStatus, long requestsSent, long requestsAnswered,
		long requestsProvided, long requestsDeclined, long requestsExpired) {

	public CameraFigures {
		byOwnership = Map.copyOf(byOwnership);
		byStatus = Map.copyOf(byStatus);
	}

}

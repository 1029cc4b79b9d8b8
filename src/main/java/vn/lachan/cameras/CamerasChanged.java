package vn.lachan.cameras;

import java.time.LocalDate;
import java.util.List;

/**
 * Cameras were registered or changed; each line carries the camera's whole state as the
 * figures need it (no owner data).
 */
public record CamerasChanged(List<CameraLine> cameras) {

	public CamerasChanged {
		cameras = List.copyOf(cameras);
	}

	public record CameraLine(long cameraId, long unitId, Long groupId, Ownership ownership, CameraStatus status,
			LocalDate installedOn, LocalDate removedOn, boolean confirmed) {
	}

}

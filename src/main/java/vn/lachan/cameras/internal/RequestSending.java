package vn.lachan.cameras.internal;

import java.time.Instant;
import java.util.List;

/**
 * What an officer sends: the cameras chosen and the window (at most 12 hours).
 */
public record RequestSending(List<Long> cameraIds, Instant windowFrom, Instant windowTo) {

	public RequestSending {
		cameraIds = (cameraIds != null) ? List.copyOf(cameraIds) : List.of();
	}

}

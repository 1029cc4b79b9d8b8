package vn.lachan.cameras.web;

import java.time.Instant;
import java.util.List;

/**
 * The officer's request: the chosen cameras and a window of at most 12 hours.
 */
record FootageRequestBody(List<Long> cameraIds, Instant windowFrom, Instant windowTo) {
}

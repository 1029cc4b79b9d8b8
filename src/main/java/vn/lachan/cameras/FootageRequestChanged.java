package vn.lachan.cameras;

import java.time.LocalDate;

/**
 * A footage request was sent, answered or expired: its whole state as the figures need
 * it. Who declined is not part of it.
 */
public record FootageRequestChanged(long requestId, long unitId, LocalDate sentOn, FootageRequestStatus status,
		LocalDate answeredOn) {
}

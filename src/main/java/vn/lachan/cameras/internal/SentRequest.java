package vn.lachan.cameras.internal;

import java.time.Instant;

import vn.lachan.cameras.FootageRequestStatus;
import vn.lachan.cameras.ProvideMethod;

/**
 * A footage request as staff see it. Which owner declined is not shown to staff: a
 * declined request shows no camera and no owner (declines are counted, not named).
 */
public record SentRequest(long id, long unitId, long tipId, Long cameraId, String cameraLabel, Instant windowFrom,
		Instant windowTo, Instant sentAt, Instant expiresAt, FootageRequestStatus status, ProvideMethod provideMethod,
		Instant answeredAt, boolean mailed) {
}

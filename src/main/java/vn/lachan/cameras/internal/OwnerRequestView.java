package vn.lachan.cameras.internal;

import java.time.Instant;

import vn.lachan.cameras.FootageRequestStatus;
import vn.lachan.cameras.ProvideMethod;

/**
 * What a camera's owner sees of a footage request: the tip's category, the window and the
 * place, and their own camera; never the reporter or the tip's description.
 */
public record OwnerRequestView(String categoryCode, String place, String cameraLabel, Instant windowFrom,
		Instant windowTo, Instant expiresAt, FootageRequestStatus status, ProvideMethod provideMethod) {
}

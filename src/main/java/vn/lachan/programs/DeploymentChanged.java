package vn.lachan.programs;

import java.time.LocalDate;

/**
 * A movement model was deployed in a unit (or at a place), or its status changed.
 * {@code version} grows with every change: a listener keeps the newest.
 */
public record DeploymentChanged(long deploymentId, String modelCode, String modelName, long unitId, Long placeId,
		LocalDate startedOn, String status, int version) {
}

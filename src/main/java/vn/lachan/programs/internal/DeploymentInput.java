package vn.lachan.programs.internal;

import java.time.LocalDate;

/**
 * A deployment as submitted.
 */
public record DeploymentInput(long modelId, Long unitId, Long placeId, LocalDate startedOn, Long planId,
		DeploymentStatus status, String evaluation, String evidence, Long teamId) {
}

package vn.lachan.programs.internal;

import java.time.LocalDate;

/**
 * A model deployed in a ward or commune, or at one of its places: when it started, the
 * plan that ordered it, its evidence (text or a link to a team), status and evaluation.
 */
public record Deployment(long id, long modelId, long unitId, Long placeId, LocalDate startedOn, Long planId,
		DeploymentStatus status, String evaluation, String evidence, Long teamId) {
}

package vn.lachan.community;

/**
 * A community group as other modules see it: no members.
 */
public record GroupSummary(long id, long unitId, GroupKind kind, String name, Long placeId, Long residentialGroupId,
		String joinToken) {
}

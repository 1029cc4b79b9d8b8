package vn.lachan.territory;

/**
 * A residential group as other modules and the API see it.
 */
public record ResidentialGroupSummary(long id, long unitId, String name, ResidentialGroupKind kind, int households,
		int residents) {
}

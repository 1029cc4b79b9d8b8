package vn.lachan.territory;

/**
 * A residential group as other modules and the API see it; {@code version} is what an
 * edit must name, so that two people cannot save over each other.
 */
public record ResidentialGroupSummary(long id, long unitId, String name, ResidentialGroupKind kind, int households,
		int residents, int version) {
}

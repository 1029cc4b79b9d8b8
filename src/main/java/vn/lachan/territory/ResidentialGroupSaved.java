package vn.lachan.territory;

/**
 * A residential group was registered or changed; carries its current figures.
 */
public record ResidentialGroupSaved(long groupId, long unitId, int households, int residents) {
}

package vn.lachan.territory;

/**
 * A residential group was removed.
 */
public record ResidentialGroupRemoved(long groupId, long unitId) {
}

package vn.lachan.community;

/**
 * One target of a broadcast: a community group, a unit, a residential group or a place.
 */
public record Target(TargetKind kind, long id) {
}

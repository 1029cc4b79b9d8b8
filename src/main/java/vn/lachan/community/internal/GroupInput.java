package vn.lachan.community.internal;

import vn.lachan.community.GroupKind;

/**
 * A group staff create: its ward, what binds it, its name, and the place or residential
 * group it belongs to, if any.
 */
public record GroupInput(Long unitId, GroupKind kind, String name, Long placeId, Long residentialGroupId) {
}

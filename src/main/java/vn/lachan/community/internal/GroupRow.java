package vn.lachan.community.internal;

import vn.lachan.community.GroupKind;

/** A group in a staff list, with its count of active members. */
public record GroupRow(long id, long unitId, GroupKind kind, String name, Long placeId, Long residentialGroupId,
		int activeMembers) {
}

package vn.lachan.community;

import java.time.Instant;

/**
 * A member joined (confirmed) or left a group: {@code activeMembers} is the group's count
 * after the change.
 */
public record MembershipChanged(long groupId, long unitId, int activeMembers, Instant at) {
}

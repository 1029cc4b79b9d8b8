package vn.lachan.community.internal;

import java.time.Instant;
import java.util.Set;

import vn.lachan.community.Channel;
import vn.lachan.community.Priority;

/**
 * A member as staff see it (contacts decrypted, read audited), or as the member sees it.
 */
public record MemberView(long id, long groupId, long unitId, String displayName, String email, String phone,
		Set<Channel> channels, Priority minPriority, String status, Instant joinedAt, Instant confirmedAt,
		Instant consentGivenAt, Instant consentWithdrawnAt) {
}

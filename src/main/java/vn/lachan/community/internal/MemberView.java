package vn.lachan.community.internal;

import java.time.Instant;
import java.util.Set;

import vn.lachan.community.Channel;
import vn.lachan.community.Priority;

/**
 * A member as staff see it in a group's list (contacts only said to be there, read on
 * purpose and audited), or as the member sees it.
 */
public record MemberView(long id, long groupId, long unitId, String displayName, boolean hasEmail, boolean hasPhone,
		Set<Channel> channels, Priority minPriority, String status, Instant joinedAt, Instant confirmedAt,
		Instant consentGivenAt, String consentGivenVia, Instant consentWithdrawnAt) {

	public boolean active() {
		return "ACTIVE".equals(this.status);
	}

}

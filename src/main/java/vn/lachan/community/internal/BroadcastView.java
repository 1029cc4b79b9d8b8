package vn.lachan.community.internal;

import java.time.Instant;
import java.util.Set;

import vn.lachan.community.Channel;
import vn.lachan.community.Priority;

/** A broadcast as a notice board and the staff pages show it. */
public record BroadcastView(long id, long unitId, Priority priority, String title, String body, Set<Channel> channels,
		String status, Instant sendAt, Instant sentAt) {
}

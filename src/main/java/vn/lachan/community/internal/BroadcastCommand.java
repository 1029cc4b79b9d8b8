package vn.lachan.community.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import vn.lachan.community.Channel;
import vn.lachan.community.Priority;
import vn.lachan.community.Target;

/**
 * A broadcast staff compose: from which unit (the sender's own by default), how pressing,
 * its title and text, on which channels, to which targets, from which template, and when
 * ({@code null}: now).
 */
public record BroadcastCommand(Long unitId, Priority priority, String title, String body, Set<Channel> channels,
		List<Target> targets, String templateCode, Instant sendAt) {
}

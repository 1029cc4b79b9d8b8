package vn.lachan.community.internal;

import java.util.Set;

import vn.lachan.community.Channel;
import vn.lachan.community.Priority;

/**
 * What a person gives to join a group: a name to be greeted by, an email address and/or a
 * phone number, the channels wanted, the lowest priority wanted, and the consent given.
 */
public record JoinRequest(String displayName, String email, String phone, Set<Channel> channels, Priority minPriority,
		boolean consent) {
}

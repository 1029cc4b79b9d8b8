package vn.lachan.community.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import vn.lachan.community.Channel;

/** Channel sets as stored: names joined by commas, in the enum's order. */
final class Channels {

	private Channels() {
	}

	static String join(Collection<Channel> channels) {
		return channels.stream().sorted().map(Channel::name).collect(Collectors.joining(","));
	}

	static Set<Channel> parse(String stored) {
		Set<Channel> channels = EnumSet.noneOf(Channel.class);
		if (stored != null && !stored.isBlank()) {
			Arrays.stream(stored.split(",")).map(Channel::valueOf).forEach(channels::add);
		}
		return channels;
	}

}

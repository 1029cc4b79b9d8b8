package vn.lachan.community.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

import vn.lachan.community.Channel;
import vn.lachan.community.GroupKind;
import vn.lachan.community.Priority;
import vn.lachan.community.Target;
import vn.lachan.community.internal.BroadcastCommand;
import vn.lachan.community.internal.GroupInput;

/**
 * The bodies of the community API's writes. Their checks are the services' (field
 * problems with Vietnamese messages), so that the pages and the API say the same.
 */
final class CommunityRequests {

	private CommunityRequests() {
	}

	record GroupRequest(Long unitId, GroupKind kind, String name, Long placeId, Long residentialGroupId) {

		GroupInput input() {
			return new GroupInput(this.unitId, this.kind, this.name, this.placeId, this.residentialGroupId);
		}

	}

	record BroadcastRequest(@Schema(description = "the sending unit; the caller's own when left out") Long unitId,
			Priority priority, String title, String body, Set<Channel> channels, List<Target> targets,
			String templateCode, @Schema(description = "when to send; now when left out") Instant sendAt) {

		BroadcastCommand command() {
			return new BroadcastCommand(this.unitId, this.priority, this.title, this.body, this.channels, this.targets,
					this.templateCode, this.sendAt);
		}

	}

	record GatewayRequest(Long unitId, Channel channel, String url, String secret) {
	}

	record Created(long id) {
	}

}

package vn.lachan.community.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.lachan.community.GroupSummary;
import vn.lachan.community.internal.BroadcastManagement;
import vn.lachan.community.internal.BroadcastReads;
import vn.lachan.community.internal.BroadcastView;
import vn.lachan.community.internal.CheckinManagement;
import vn.lachan.community.internal.DeliveryReport;
import vn.lachan.community.internal.GatewayManagement;
import vn.lachan.community.internal.GroupManagement;
import vn.lachan.community.internal.GroupRow;
import vn.lachan.community.internal.MemberContact;
import vn.lachan.community.internal.MemberDirectory;
import vn.lachan.community.internal.MemberView;
import vn.lachan.community.internal.TemplateView;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.security.CurrentUser;

/**
 * Community groups, members, broadcasts, gateways and the exposure query over the API,
 * within the caller's scope (another ward's record answers 404).
 */
@RestController
@Tag(name = "Community", description = "Groups, members with consent, broadcasts and deliveries, check-ins")
class CommunityApiController {

	private final GroupManagement groups;

	private final MemberDirectory members;

	private final BroadcastManagement broadcasts;

	private final BroadcastReads reads;

	private final GatewayManagement gateways;

	private final CheckinManagement checkins;

	CommunityApiController(GroupManagement groups, MemberDirectory members, BroadcastManagement broadcasts,
			BroadcastReads reads, GatewayManagement gateways, CheckinManagement checkins) {
		this.groups = groups;
		this.members = members;
		this.broadcasts = broadcasts;
		this.reads = reads;
		this.gateways = gateways;
		this.checkins = checkins;
	}

	@GetMapping("/api/v1/community/groups")
	@Operation(summary = "Groups within the caller's scope, by name, with their active members")
	PageResult<GroupRow> groups(CurrentUser user, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.groups.search(user, unit, q, PageQuery.of(page, size));
	}

	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "400", description = "a field is missing or wrong")
	@PostMapping("/api/v1/community/groups")
	@Operation(summary = "Create a group (a market's traders, a residential group's households ...)")
	ResponseEntity<GroupSummary> createGroup(CurrentUser user, @RequestBody CommunityRequests.GroupRequest request) {
		long id = this.groups.create(user, request.input());
		return ResponseEntity.created(URI.create("/api/v1/community/groups/" + id)).body(this.groups.group(user, id));
	}

	@GetMapping("/api/v1/community/groups/{id}")
	@Operation(summary = "A group")
	GroupSummary group(CurrentUser user, @PathVariable long id) {
		return this.groups.group(user, id);
	}

	@GetMapping("/api/v1/community/groups/{id}/members")
	@Operation(summary = "A group's members: choices and consent, no contacts")
	PageResult<MemberView> members(CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.members.members(user, id, PageQuery.of(page, size));
	}

	@GetMapping("/api/v1/community/members/{id}/contact")
	@Operation(summary = "A member's contacts, for a stated purpose (the read is audited)")
	MemberContact contact(CurrentUser user, @PathVariable long id,
			@Parameter(description = "why the contacts are read") @RequestParam(required = false) String purpose) {
		return this.members.contact(user, id, purpose);
	}

	@GetMapping("/api/v1/community/templates")
	@Operation(summary = "The broadcast template library")
	PageResult<TemplateView> templates(
			@Parameter(description = "the page, from 0") @RequestParam(required = false) Integer page,
			@Parameter(description = "the page's size: 20 by default, at most 200") @RequestParam(
					required = false) Integer size) {
		// a short reference list: paged in memory
		return PageResult.slice(this.reads.templates(), PageQuery.of(page, size));

	}

	@GetMapping("/api/v1/community/broadcasts")
	@Operation(summary = "Broadcasts within the caller's scope, newest first")
	PageResult<BroadcastView> broadcasts(CurrentUser user, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.reads.broadcasts(user, PageQuery.of(page, size));
	}

	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "400",
			description = "no text, an unknown target, too long for one SMS ... (nothing is sent)")
	@PostMapping("/api/v1/community/broadcasts")
	@Operation(summary = "Send a broadcast now, or schedule it")
	ResponseEntity<BroadcastView> broadcast(CurrentUser user, @RequestBody CommunityRequests.BroadcastRequest request) {
		long id = this.broadcasts.compose(user, request.command());
		return ResponseEntity.created(URI.create("/api/v1/community/broadcasts/" + id))
			.body(this.reads.broadcast(user, id));
	}

	@GetMapping("/api/v1/community/broadcasts/{id}/deliveries")
	@Operation(summary = "The delivery report: per-recipient status, acknowledgements")
	DeliveryReport deliveries(CurrentUser user, @PathVariable long id) {
		return this.reads.report(user, id);
	}

	@PutMapping("/api/v1/community/gateways")
	@Operation(summary = "Set a ward's webhook gateway of a channel (ZALO or SMS): https only")
	ResponseEntity<Void> gateway(CurrentUser user, @RequestBody CommunityRequests.GatewayRequest request) {
		this.gateways.register(user, request.unitId(), request.channel(), request.url(), request.secret());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/community/places/{id}/exposure")
	@Operation(summary = "Who checked in at a place in a time window (at most 3 days), for a stated purpose "
			+ "(audited)")
	CheckinManagement.Exposure exposure(CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
			@RequestParam(required = false) String purpose) {
		return this.checkins.exposure(user, id, from, to, purpose);
	}

}

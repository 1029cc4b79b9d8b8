package vn.lachan.community.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.community.BroadcastSent;
import vn.lachan.community.Channel;
import vn.lachan.community.Priority;
import vn.lachan.community.Target;
import vn.lachan.shared.crypto.RandomCodes;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;

import static vn.lachan.shared.time.VietnamTime.utc;

/**
 * Broadcasts from ward and committee staff. Composing checks everything first (a rejected
 * broadcast writes nothing); sending resolves the targets within the sender's scope and
 * writes one delivery per person and channel into the outbox ({@code community_delivery})
 * in the same transaction: only active members whose consent stands and whose minimum
 * priority the broadcast reaches. The board channel needs no delivery: the notice boards
 * show what the groups received.
 */
@Service
public class BroadcastManagement {

	static final Set<Role> SENDERS = EnumSet.of(Role.ADMIN, Role.COMMITTEE, Role.WARD_OFFICER);

	private final JdbcClient jdbc;

	private final TargetResolver targets;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	BroadcastManagement(JdbcClient jdbc, TargetResolver targets, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.targets = targets;
		this.events = events;
		this.clock = clock;
	}

	public static boolean maySend(CurrentUser user) {
		return user != null && SENDERS.contains(user.role());
	}

	/**
	 * Records a broadcast, and sends it now unless it is scheduled later.
	 * @throws vn.lachan.shared.InvalidInputException on bad input, nothing written
	 */
	@Transactional
	public long compose(CurrentUser user, BroadcastCommand command) {
		if (!maySend(user)) {
			throw new AccessDeniedException("broadcast");
		}
		Instant now = this.clock.instant();
		Long unitId = (command.unitId() != null) ? command.unitId() : user.unitId();
		FieldChecks checks = new FieldChecks();
		checks.check(unitId != null, "unitId", "community.broadcast.unit-required");
		if (unitId != null) {
			user.requireUnit(unitId, "unit", unitId);
		}
		checks.check(command.priority() != null, "priority", "community.broadcast.priority-required");
		String title = MemberManagement.blankToNull(command.title());
		String body = MemberManagement.blankToNull(command.body());
		checks.check(title != null, "title", "community.broadcast.title-required");
		checks.check(title == null || title.length() <= 200, "title", "community.broadcast.title-too-long");
		checks.check(body != null, "body", "community.broadcast.body-required");
		checks.check(body == null || body.length() <= 2000, "body", "community.broadcast.body-too-long");
		Set<Channel> channels = (command.channels() != null) ? command.channels() : Set.of();
		checks.check(!channels.isEmpty(), "channels", "community.broadcast.channels-required");
		if (body != null && channels.contains(Channel.SMS) && !SmsText.fits(body)) {
			checks.add("body", SmsText.gsm7(body) ? "community.broadcast.sms-too-long-gsm7"
					: "community.broadcast.sms-too-long-ucs2");
		}
		List<Target> wanted = (command.targets() != null) ? command.targets() : List.of();
		Set<Long> groups = null;
		if (wanted.isEmpty()) {
			checks.add("targets", "community.broadcast.targets-required");
		}
		else {
			groups = this.targets.resolve(user, wanted);
			checks.check(groups != null, "targets", "community.broadcast.unknown-target");
		}
		checks.check(command.sendAt() == null || !command.sendAt().isBefore(now.minusSeconds(300)), "sendAt",
				"community.broadcast.send-at-past");
		checks.throwIfAny();
		Instant sendAt = (command.sendAt() != null && command.sendAt().isAfter(now)) ? command.sendAt() : now;
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO community_broadcast (unit_id, sender_account_id, priority, title, body, channels,
				  template_code, status, created_at, send_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, 'SCHEDULED', ?, ?)""")
			.params(unitId, user.accountId(), command.priority().name(), title, body, Channels.join(channels),
					MemberManagement.blankToNull(command.templateCode()), utc(now), utc(sendAt))
			.update(key, "id");
		long id = key.getKey().longValue();
		for (Target target : new java.util.LinkedHashSet<>(wanted)) {
			this.jdbc.sql("INSERT INTO community_broadcast_target (broadcast_id, kind, target_id) VALUES (?, ?, ?)")
				.params(id, target.kind().name(), target.id())
				.update();
		}
		for (Long group : groups) {
			this.jdbc.sql("INSERT INTO community_broadcast_group (broadcast_id, group_id) VALUES (?, ?)")
				.params(id, group)
				.update();
		}
		if (!sendAt.isAfter(now)) {
			release(id, now);
		}
		return id;
	}

	/** Sends the scheduled broadcasts whose time has come. */
	@Transactional
	public int releaseDue(Instant now) {
		List<Long> due = this.jdbc
			.sql("SELECT id FROM community_broadcast WHERE status = 'SCHEDULED' AND send_at <= ? ORDER BY send_at, id")
			.param(utc(now))
			.query(Long.class)
			.list();
		due.forEach((id) -> release(id, now));
		return due.size();
	}

	/**
	 * Writes the outbox of a broadcast: one delivery per person (a contact in two reached
	 * groups counts once) and channel, for active members with a standing consent at or
	 * below the broadcast's priority.
	 */
	void release(long broadcastId, Instant now) {
		record Head(long unitId, Priority priority, Set<Channel> channels) {
		}
		Head head = this.jdbc.sql("SELECT unit_id, priority, channels FROM community_broadcast WHERE id = ?")
			.param(broadcastId)
			.query((rs, n) -> new Head(rs.getLong(1), Priority.valueOf(rs.getString(2)),
					Channels.parse(rs.getString(3))))
			.single();
		record Recipient(long memberId, String contactIndex, Set<Channel> channels, Priority minimum) {
		}
		List<Recipient> recipients = this.jdbc.sql("""
				SELECT m.id, m.contact_index, m.channels, m.min_priority FROM community_member m
				JOIN community_broadcast_group bg ON bg.group_id = m.group_id AND bg.broadcast_id = ?
				WHERE m.status = 'ACTIVE' AND EXISTS (SELECT 1 FROM community_consent c WHERE c.member_id = m.id
				  AND c.purpose = ? AND c.withdrawn_at IS NULL)
				ORDER BY m.id""")
			.params(broadcastId, MemberManagement.PURPOSE)
			.query((rs, n) -> new Recipient(rs.getLong(1), rs.getString(2), Channels.parse(rs.getString(3)),
					Priority.valueOf(rs.getString(4))))
			.list();
		Set<String> seen = new HashSet<>();
		int deliveries = 0;
		for (Recipient recipient : recipients) {
			if (!head.priority().atLeast(recipient.minimum())) {
				continue;
			}
			for (Channel channel : recipient.channels()) {
				if (channel == Channel.BOARD || !head.channels().contains(channel)
						|| !seen.add(recipient.contactIndex() + "/" + channel)) {
					continue;
				}
				this.jdbc.sql("""
						INSERT INTO community_delivery (delivery_key, broadcast_id, member_id, channel, status,
						  attempts, next_attempt_at)
						VALUES (?, ?, ?, ?, 'PENDING', 0, ?)""")
					.params(RandomCodes.urlSafe(18), broadcastId, recipient.memberId(), channel.name(), utc(now))
					.update();
				deliveries++;
			}
		}
		this.jdbc.sql("UPDATE community_broadcast SET status = 'SENT', sent_at = ? WHERE id = ?")
			.params(utc(now), broadcastId)
			.update();
		int groups = this.jdbc.sql("SELECT COUNT(*) FROM community_broadcast_group WHERE broadcast_id = ?")
			.param(broadcastId)
			.query(Integer.class)
			.single();
		this.events
			.publishEvent(new BroadcastSent(broadcastId, head.unitId(), head.priority(), groups, deliveries, now));
	}

}

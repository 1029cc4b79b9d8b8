package vn.lachan.community.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.community.Channel;
import vn.lachan.community.GroupSummary;
import vn.lachan.community.MembershipChanged;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.RuleViolationException;
import vn.lachan.shared.UnavailableException;
import vn.lachan.shared.crypto.FieldEncryptor;
import vn.lachan.shared.crypto.Hashes;
import vn.lachan.shared.crypto.RandomCodes;

import static vn.lachan.shared.time.VietnamTime.utc;

/**
 * Joining (by a group's QR or link, confirmed by a code sent by email, or by SMS where
 * the ward has an SMS gateway), and leaving in one click. Contacts and names are
 * encrypted; the blind index of the contact finds a repeated joining. The consent is
 * recorded on confirmation with its purpose, text version, when and how; leaving
 * withdraws it.
 */
@Service
public class MemberManagement {

	static final String PURPOSE = "COMMUNITY_BROADCASTS";

	static final String CONSENT_VERSION = "2022-01";

	static final int MAX_ATTEMPTS = 5;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern PHONE = Pattern.compile("(\\+84|0)[0-9]{9,10}");

	private static final char[] DIGITS = "0123456789".toCharArray();

	private final JdbcClient jdbc;

	private final GroupQueries groups;

	private final MemberQueries members;

	private final FieldEncryptor encryptor;

	private final CommunityMail mail;

	private final GatewayManagement gateways;

	private final WebhookSender webhooks;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MemberManagement(JdbcClient jdbc, GroupQueries groups, MemberQueries members, FieldEncryptor encryptor,
			CommunityMail mail, GatewayManagement gateways, WebhookSender webhooks, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.groups = groups;
		this.members = members;
		this.encryptor = encryptor;
		this.mail = mail;
		this.gateways = gateways;
		this.webhooks = webhooks;
		this.events = events;
		this.clock = clock;
	}

	public GroupSummary groupByToken(String joinToken) {
		return this.groups.findByJoinToken(joinToken)
			.orElseThrow(() -> NotFoundException.of("community-group", "token"));
	}

	/**
	 * Records a joining waiting for its code and sends the code.
	 * @throws InvalidInputException on bad input, nothing written
	 */
	@Transactional
	public Joined join(String joinToken, JoinRequest request) {
		GroupSummary group = groupByToken(joinToken);
		String email = blankToNull(request.email());
		String phone = normalisePhone(request.phone());
		String name = blankToNull(request.displayName());
		Set<Channel> channels = (request.channels() != null) ? request.channels() : Set.of();
		FieldChecks checks = new FieldChecks();
		checks.check(email != null || phone != null, "email", "community.join.contact-required");
		checks.check(email == null || (EMAIL.matcher(email).matches() && email.length() <= 200), "email",
				"community.join.email-invalid");
		checks.check(phone == null || PHONE.matcher(phone).matches(), "phone", "community.join.phone-invalid");
		checks.check(name == null || name.length() <= 100, "displayName", "community.join.name-too-long");
		checks.check(!channels.isEmpty(), "channels", "community.join.channels-required");
		checks.check(!channels.contains(Channel.EMAIL) || email != null, "channels",
				"community.join.email-channel-needs-email");
		checks.check(channels.stream().noneMatch(Channel::webhook) || phone != null, "channels",
				"community.join.phone-channel-needs-phone");
		checks.check(request.minPriority() != null, "minPriority", "community.join.priority-required");
		checks.check(request.consent(), "consent", "community.join.consent-required");
		boolean bySms = email == null && phone != null;
		checks.check(!bySms || this.gateways.exists(group.unitId(), Channel.SMS), "email",
				"community.join.email-required-to-confirm");
		checks.throwIfAny();
		String code = RandomCodes.code(DIGITS, 6);
		String token = RandomCodes.urlSafe(18);
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				INSERT INTO community_member (group_id, unit_id, display_name, email, phone, contact_index, channels,
				  min_priority, status, confirm_code_hash, member_token, joined_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?)""")
			.params(group.id(), group.unitId(), this.encryptor.encrypt(name), this.encryptor.encrypt(email),
					this.encryptor.encrypt(phone), this.encryptor.blindIndex((email != null) ? email : phone),
					Channels.join(channels), request.minPriority().name(), Hashes.sha256Hex(token + ":" + code), token,
					utc(now))
			.update();
		try {
			if (bySms) {
				GatewayManagement.Gateway sms = this.gateways.find(group.unitId(), Channel.SMS).orElseThrow();
				this.webhooks.send(sms.url(), sms.secret(), "code-" + token,
						Map.of("channel", "SMS", "to", phone, "text", "Ma xac nhan La Chan: " + code), now);
			}
			else {
				this.mail.sendCode(email, group.name(), code, token);
			}
		}
		catch (MailException | WebhookSender.WebhookFailed ex) {
			throw new UnavailableException("community-code-not-sent", "Confirmation code not sent");
		}
		return new Joined(token, !bySms);
	}

	/**
	 * Confirms a joining with its code: the member is active and the consent recorded; an
	 * earlier active membership of the same contact in the group is superseded.
	 */
	@Transactional
	public void confirm(String memberToken, String code) {
		MemberQueries.Pending pending = this.members.pending(memberToken)
			.orElseThrow(() -> NotFoundException.of("community-member", "token"));
		if ("ACTIVE".equals(pending.status())) {
			return;
		}
		if (!"PENDING".equals(pending.status())) {
			throw new RuleViolationException("community-not-pending", "Membership not waiting for a code");
		}
		if (pending.attempts() >= MAX_ATTEMPTS) {
			throw new RuleViolationException("community-too-many-attempts", "Too many wrong codes");
		}
		String given = (code != null) ? code.strip() : "";
		if (!Hashes.sha256Hex(memberToken + ":" + given).equals(pending.codeHash())) {
			this.jdbc.sql("UPDATE community_member SET confirm_attempts = confirm_attempts + 1 WHERE id = ?")
				.param(pending.id())
				.update();
			throw new InvalidInputException(java.util.List
				.of(new InvalidInputException.FieldProblem("code", "wrong", "community.confirm.wrong-code")));
		}
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				UPDATE community_member SET status = 'LEFT', left_at = ?
				WHERE group_id = ? AND contact_index = ? AND status = 'ACTIVE' AND id <> ?""")
			.params(utc(now), pending.groupId(), pending.contactIndex(), pending.id())
			.update();
		this.jdbc
			.sql("""
					UPDATE community_member SET status = 'ACTIVE', confirmed_at = ?, confirm_code_hash = NULL WHERE id = ?""")
			.params(utc(now), pending.id())
			.update();
		recordConsent(pending.id(), pending.viaSms() ? "WEB_FORM_SMS_CODE" : "WEB_FORM_EMAIL_CODE", now);
		changed(pending.groupId(), pending.unitId(), now);
	}

	/**
	 * Leaves the group: nothing more is sent, the consent is withdrawn. Twice is once.
	 */
	@Transactional
	public void leave(String memberToken) {
		MemberQueries.Pending member = this.members.pending(memberToken)
			.orElseThrow(() -> NotFoundException.of("community-member", "token"));
		if ("LEFT".equals(member.status())) {
			return;
		}
		Instant now = this.clock.instant();
		this.jdbc.sql("UPDATE community_member SET status = 'LEFT', left_at = ? WHERE id = ?")
			.params(utc(now), member.id())
			.update();
		this.jdbc.sql("UPDATE community_consent SET withdrawn_at = ? WHERE member_id = ? AND withdrawn_at IS NULL")
			.params(utc(now), member.id())
			.update();
		this.jdbc.sql("UPDATE community_delivery SET status = 'CANCELLED' WHERE member_id = ? AND status = 'PENDING'")
			.param(member.id())
			.update();
		changed(member.groupId(), member.unitId(), now);
	}

	/**
	 * Records a consent for a member staff registered from a signed paper form (demo).
	 */
	void recordConsent(long memberId, String via, Instant at) {
		this.jdbc.sql("""
				INSERT INTO community_consent (member_id, purpose, text_version, text_hash, given_via, given_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(memberId, PURPOSE, CONSENT_VERSION, Hashes.sha256Hex(PURPOSE + ":" + CONSENT_VERSION), via, utc(at))
			.update();
	}

	private void changed(long groupId, long unitId, Instant now) {
		this.events.publishEvent(new MembershipChanged(groupId, unitId, this.groups.activeMembers(groupId), now));
	}

	public static String normalisePhone(String phone) {
		String value = blankToNull(phone);
		return (value != null) ? value.replaceAll("[\\s.\\-]", "") : null;
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}

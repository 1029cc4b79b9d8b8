package vn.lachan.community.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lachan.community.Channel;
import vn.lachan.community.DeliveryChanged;
import vn.lachan.community.Priority;
import vn.lachan.shared.crypto.FieldEncryptor;

import static vn.lachan.shared.time.VietnamTime.utc;

/**
 * Works the outbox: every due delivery is tried once per run, email over SMTP, Zalo and
 * SMS through the ward's signed webhook. A failure is tried again after an exponential
 * backoff (30 s, 1 min, 2 min ... at most 1 h); after {@link #MAX_ATTEMPTS} it has failed
 * for good. A delivery keeps its id on every attempt. Logs carry ids and counts, never an
 * address.
 */
@Component
class DeliveryDispatcher {

	static final int MAX_ATTEMPTS = 8;

	static final Duration FIRST_BACKOFF = Duration.ofSeconds(30);

	static final Duration MAX_BACKOFF = Duration.ofHours(1);

	private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

	private final JdbcClient jdbc;

	private final FieldEncryptor encryptor;

	private final CommunityMail mail;

	private final WebhookSender webhooks;

	private final GatewayManagement gateways;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	DeliveryDispatcher(JdbcClient jdbc, FieldEncryptor encryptor, CommunityMail mail, WebhookSender webhooks,
			GatewayManagement gateways, MessageSource messages, ApplicationEventPublisher events,
			TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.encryptor = encryptor;
		this.mail = mail;
		this.webhooks = webhooks;
		this.gateways = gateways;
		this.messages = messages;
		this.events = events;
		this.transactions = transactions;
	}

	/** The wait before attempt {@code attempts + 1}, after {@code attempts} failed. */
	static Duration backoff(int attempts) {
		Duration wait = FIRST_BACKOFF.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
		return (wait.compareTo(MAX_BACKOFF) > 0) ? MAX_BACKOFF : wait;
	}

	/** Tries every delivery due at {@code now}; answers how many went out. */
	int dispatchDue(Instant now) {
		List<Due> due = this.jdbc.sql("""
				SELECT d.id, d.delivery_key, d.broadcast_id, d.channel, d.attempts, m.email, m.phone, m.member_token,
				  m.unit_id AS member_unit, b.unit_id, b.priority, b.title, b.body
				FROM community_delivery d
				JOIN community_member m ON m.id = d.member_id
				JOIN community_broadcast b ON b.id = d.broadcast_id
				WHERE d.status = 'PENDING' AND d.next_attempt_at <= ?
				ORDER BY d.next_attempt_at, d.id LIMIT 200""")
			.param(utc(now))
			.query((rs, n) -> new Due(rs.getLong("id"), rs.getString("delivery_key"), rs.getLong("broadcast_id"),
					Channel.valueOf(rs.getString("channel")), rs.getInt("attempts"), rs.getString("email"),
					rs.getString("phone"), rs.getString("member_token"), rs.getLong("member_unit"),
					rs.getLong("unit_id"), Priority.valueOf(rs.getString("priority")), rs.getString("title"),
					rs.getString("body")))
			.list();
		int sent = 0;
		for (Due delivery : due) {
			String error = attempt(delivery, now);
			if (error == null) {
				sent++;
			}
			record(delivery, error, now);
		}
		if (!due.isEmpty()) {
			log.info("Community outbox: {} of {} due deliveries sent", sent, due.size());
		}
		return sent;
	}

	private String attempt(Due delivery, Instant now) {
		try {
			if (delivery.channel() == Channel.EMAIL) {
				this.mail.sendBroadcast(this.encryptor.decrypt(delivery.email()), priorityLabel(delivery.priority()),
						delivery.title(), delivery.body(), delivery.key(), delivery.memberToken());
				return null;
			}
			Optional<GatewayManagement.Gateway> gateway = this.gateways.find(delivery.memberUnit(), delivery.channel())
				.or(() -> this.gateways.find(delivery.unitId(), delivery.channel()));
			if (gateway.isEmpty()) {
				return "no-gateway";
			}
			Map<String, Object> payload = new LinkedHashMap<>();
			payload.put("deliveryId", delivery.key());
			payload.put("channel", delivery.channel().name());
			payload.put("to", this.encryptor.decrypt(delivery.phone()));
			payload.put("priority", delivery.priority().name());
			payload.put("title", delivery.title());
			payload.put("text", delivery.body());
			payload.put("acknowledgeUrl", this.mail.url("/community/d/" + delivery.key()));
			this.webhooks.send(gateway.get().url(), gateway.get().secret(), delivery.key(), payload, now);
			return null;
		}
		catch (MailException ex) {
			return "mail: " + ex.getClass().getSimpleName();
		}
		catch (WebhookSender.WebhookFailed ex) {
			return "webhook: " + ex.getMessage();
		}
	}

	/**
	 * Records an attempt. The next attempt's time is cut to the microsecond the databases
	 * keep: rounded up instead, it would fall just after the run due at that instant.
	 */
	private void record(Due delivery, String error, Instant now) {
		int attempts = delivery.attempts() + 1;
		String status = (error == null) ? "SENT" : (attempts >= MAX_ATTEMPTS) ? "FAILED" : "PENDING";
		this.transactions.executeWithoutResult((tx) -> {
			this.jdbc.sql("""
					UPDATE community_delivery SET status = ?, attempts = ?, next_attempt_at = ?, last_error = ?,
					  sent_at = ? WHERE id = ? AND status = 'PENDING'""")
				.params(status, attempts, utc(now.plus(backoff(attempts)).truncatedTo(ChronoUnit.MICROS)), error,
						(error == null) ? utc(now) : null, delivery.id())
				.update();
			if (!"PENDING".equals(status)) {
				this.events.publishEvent(new DeliveryChanged(delivery.id(), delivery.broadcastId(), delivery.unitId(),
						delivery.channel(), status, false, now));
			}
		});
	}

	private String priorityLabel(Priority priority) {
		return this.messages.getMessage("community.priority." + priority.name(), null, CommunityMail.VIETNAMESE);
	}

	record Due(long id, String key, long broadcastId, Channel channel, int attempts, String email, String phone,
			String memberToken, long memberUnit, long unitId, Priority priority, String title, String body) {
	}

}

package vn.lachan.community.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.community.DeliveryChanged;
import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.security.SystemUser;
import vn.lachan.tips.TipLink;
import vn.lachan.tips.TipOpening;
import vn.lachan.tips.TipsCatalog;

import static vn.lachan.shared.time.VietnamTime.utc;

/**
 * What a recipient does with a delivery through its link: acknowledge it, and answer. An
 * answer reaches the ward as a message; if the member chooses, it becomes a tip of the
 * ward (tips' API), linked back to the reply.
 */
@Service
public class ReplyManagement {

	private final BroadcastQueries broadcasts;

	private final JdbcClient jdbc;

	private final TipsCatalog tips;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReplyManagement(BroadcastQueries broadcasts, JdbcClient jdbc, TipsCatalog tips, ApplicationEventPublisher events,
			Clock clock) {
		this.broadcasts = broadcasts;
		this.jdbc = jdbc;
		this.tips = tips;
		this.events = events;
		this.clock = clock;
	}

	/** The delivery behind a link, with its broadcast. */
	public Received received(String deliveryKey) {
		BroadcastQueries.DeliveryRef ref = ref(deliveryKey);
		BroadcastView broadcast = this.broadcasts.find(ref.broadcastId()).orElseThrow();
		return new Received(broadcast, ref.acknowledged(), ref.memberToken());
	}

	/** Acknowledges a delivery; twice is once. */
	@Transactional
	public void acknowledge(String deliveryKey) {
		BroadcastQueries.DeliveryRef ref = ref(deliveryKey);
		Instant now = this.clock.instant();
		int changed = this.jdbc
			.sql("UPDATE community_delivery SET acknowledged_at = ? WHERE id = ? AND acknowledged_at IS NULL")
			.params(utc(now), ref.id())
			.update();
		if (changed > 0) {
			this.events.publishEvent(
					new DeliveryChanged(ref.id(), ref.broadcastId(), ref.unitId(), ref.channel(), "SENT", true, now));
		}
	}

	/**
	 * Records an answer; as a tip when asked. Answers the tip's receipt code, or null.
	 */
	@Transactional
	public String reply(String deliveryKey, String text, boolean asTip) {
		BroadcastQueries.DeliveryRef ref = ref(deliveryKey);
		String body = MemberManagement.blankToNull(text);
		FieldChecks checks = new FieldChecks();
		checks.check(body != null, "body", "community.reply.body-required");
		checks.check(body == null || body.length() <= 2000, "body", "community.reply.body-too-long");
		checks.throwIfAny();
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO community_reply (broadcast_id, member_id, unit_id, body, as_tip, received_at)
				VALUES (?, ?, (SELECT unit_id FROM community_member WHERE id = ?), ?, ?, ?)""")
			.params(ref.broadcastId(), ref.memberId(), ref.memberId(), body, asTip, utc(this.clock.instant()))
			.update(key, "id");
		long replyId = key.getKey().longValue();
		if (!asTip) {
			return null;
		}
		long unitId = this.jdbc.sql("SELECT unit_id FROM community_reply WHERE id = ?")
			.param(replyId)
			.query(Long.class)
			.single();
		var tip = this.tips.open(SystemUser.INSTANCE, new TipOpening(unitId, null, "suspicious-person", body, null,
				null, null, null, false, new TipLink("community", "reply", replyId)));
		this.jdbc.sql("UPDATE community_reply SET tip_id = ? WHERE id = ?").params(tip.tipId(), replyId).update();
		return tip.receiptCode();
	}

	private BroadcastQueries.DeliveryRef ref(String key) {
		return this.broadcasts.delivery(key).orElseThrow(() -> NotFoundException.of("delivery", "key"));
	}

	/** A delivery as its recipient sees it. */
	public record Received(BroadcastView broadcast, boolean acknowledged, String memberToken) {
	}

}

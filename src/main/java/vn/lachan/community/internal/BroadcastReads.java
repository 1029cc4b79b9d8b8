package vn.lachan.community.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.lachan.community.Priority;
import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.security.CurrentUser;

/**
 * Broadcasts as staff read them (within their scope: another ward's answers 404), the
 * template library, and the public notice boards.
 */
@Service
public class BroadcastReads {

	static final int BOARD_SIZE = 20;

	private final BroadcastQueries broadcasts;

	private final JdbcClient jdbc;

	BroadcastReads(BroadcastQueries broadcasts, JdbcClient jdbc) {
		this.broadcasts = broadcasts;
		this.jdbc = jdbc;
	}

	public BroadcastView broadcast(CurrentUser user, long id) {
		BroadcastView broadcast = this.broadcasts.find(id).orElseThrow(() -> NotFoundException.of("broadcast", id));
		user.requireUnit(broadcast.unitId(), "broadcast", id);
		return broadcast;
	}

	public PageResult<BroadcastView> broadcasts(CurrentUser user, PageQuery page) {
		return this.broadcasts.ofUnits(user.unrestricted() ? null : List.copyOf(user.unitIds()), page);
	}

	public DeliveryReport report(CurrentUser user, long id) {
		return this.broadcasts.report(broadcast(user, id));
	}

	/** The answers members gave to a broadcast: the ward's messages. */
	public List<ReplyView> replies(CurrentUser user, long id) {
		broadcast(user, id);
		return this.jdbc.sql("""
				SELECT r.id, r.body, r.as_tip, r.tip_id, r.received_at FROM community_reply r
				WHERE r.broadcast_id = ? ORDER BY r.received_at, r.id""")
			.param(id)
			.query((rs, n) -> new ReplyView(rs.getLong("id"), rs.getString("body"), rs.getBoolean("as_tip"),
					rs.getObject("tip_id", Long.class), MemberQueries.instant(rs, "received_at")))
			.list();
	}

	/** An answer to a broadcast (the member is not named). */
	public record ReplyView(long id, String body, boolean asTip, Long tipId, java.time.Instant receivedAt) {
	}

	public List<TemplateView> templates() {
		return this.jdbc.sql("SELECT code, priority, title, body FROM community_template ORDER BY code")
			.query((rs, n) -> new TemplateView(rs.getString(1), Priority.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4)))
			.list();
	}

	public List<BroadcastView> boardOfPlace(long placeId) {
		return this.broadcasts.boardOfPlace(placeId, BOARD_SIZE);
	}

	public List<BroadcastView> boardOfUnit(long unitId) {
		return this.broadcasts.boardOfUnit(unitId, BOARD_SIZE);
	}

}

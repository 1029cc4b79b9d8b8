package vn.lachan.community.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.lachan.community.Channel;
import vn.lachan.community.Priority;
import vn.lachan.shared.crypto.FieldEncryptor;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;

/**
 * Reads broadcasts: notice boards, staff lists, delivery reports, a delivery by its id.
 */
@Component
class BroadcastQueries {

	private static final String SELECT = "SELECT b.id, b.unit_id, b.priority, b.title, b.body, b.channels, b.status, b.send_at, b.sent_at FROM community_broadcast b ";

	private final JdbcClient jdbc;

	private final FieldEncryptor encryptor;

	BroadcastQueries(JdbcClient jdbc, FieldEncryptor encryptor) {
		this.jdbc = jdbc;
		this.encryptor = encryptor;
	}

	Optional<BroadcastView> find(long id) {
		return this.jdbc.sql(SELECT + "WHERE b.id = ?").param(id).query(BroadcastQueries::map).optional();
	}

	/** What the groups at a place received on the board channel, newest first. */
	List<BroadcastView> boardOfPlace(long placeId, int limit) {
		return this.jdbc
			.sql(SELECT
					+ """
							WHERE b.status = 'SENT' AND b.channels LIKE '%BOARD%' AND EXISTS (SELECT 1 FROM community_broadcast_group bg
							  JOIN community_group g ON g.id = bg.group_id WHERE bg.broadcast_id = b.id AND g.place_id = ?)
							ORDER BY b.sent_at DESC, b.id DESC LIMIT ?""")
			.params(placeId, limit)
			.query(BroadcastQueries::map)
			.list();
	}

	/** What the groups of a unit received on the board channel, newest first. */
	List<BroadcastView> boardOfUnit(long unitId, int limit) {
		return this.jdbc
			.sql(SELECT
					+ """
							WHERE b.status = 'SENT' AND b.channels LIKE '%BOARD%' AND EXISTS (SELECT 1 FROM community_broadcast_group bg
							  JOIN community_group g ON g.id = bg.group_id WHERE bg.broadcast_id = b.id AND g.unit_id = ?)
							ORDER BY b.sent_at DESC, b.id DESC LIMIT ?""")
			.params(unitId, limit)
			.query(BroadcastQueries::map)
			.list();
	}

	PageResult<BroadcastView> ofUnits(Collection<Long> unitIds, PageQuery page) {
		String where = (unitIds != null) ? "WHERE b.unit_id IN (:units) " : "";
		if (unitIds != null && unitIds.isEmpty()) {
			return new PageResult<>(List.of(), page.page(), page.size(), 0);
		}
		var count = this.jdbc.sql("SELECT COUNT(*) FROM community_broadcast b " + where);
		var rows = this.jdbc.sql(SELECT + where + "ORDER BY b.send_at DESC, b.id DESC LIMIT :limit OFFSET :offset");
		if (unitIds != null) {
			count = count.param("units", unitIds);
			rows = rows.param("units", unitIds);
		}
		long total = count.query(Long.class).single();
		return new PageResult<>(
				rows.param("limit", page.size()).param("offset", page.offset()).query(BroadcastQueries::map).list(),
				page.page(), page.size(), total);
	}

	DeliveryReport report(BroadcastView broadcast) {
		List<DeliveryReport.Line> lines = this.jdbc.sql("""
				SELECT d.id, d.member_id, m.display_name, d.channel, d.status, d.attempts, d.sent_at, d.acknowledged_at,
				  d.last_error
				FROM community_delivery d JOIN community_member m ON m.id = d.member_id
				WHERE d.broadcast_id = ? ORDER BY d.id""")
			.param(broadcast.id())
			.query((rs, n) -> new DeliveryReport.Line(rs.getLong("id"), rs.getLong("member_id"),
					this.encryptor.decrypt(rs.getString("display_name")), Channel.valueOf(rs.getString("channel")),
					rs.getString("status"), rs.getInt("attempts"), MemberQueries.instant(rs, "sent_at"),
					MemberQueries.instant(rs, "acknowledged_at"), rs.getString("last_error")))
			.list();
		int groups = this.jdbc.sql("SELECT COUNT(*) FROM community_broadcast_group WHERE broadcast_id = ?")
			.param(broadcast.id())
			.query(Integer.class)
			.single();
		int sent = (int) lines.stream().filter((l) -> "SENT".equals(l.status())).count();
		int failed = (int) lines.stream().filter((l) -> "FAILED".equals(l.status())).count();
		int pending = (int) lines.stream().filter((l) -> "PENDING".equals(l.status())).count();
		int acknowledged = (int) lines.stream().filter((l) -> l.acknowledgedAt() != null).count();
		return new DeliveryReport(broadcast, groups, lines.size(), sent, failed, pending, acknowledged, lines);
	}

	/** A delivery by its id (the key in its links and webhook header). */
	Optional<DeliveryRef> delivery(String key) {
		return this.jdbc.sql("""
				SELECT d.id, d.broadcast_id, d.member_id, d.channel, d.acknowledged_at, m.member_token, b.unit_id
				FROM community_delivery d JOIN community_member m ON m.id = d.member_id
				JOIN community_broadcast b ON b.id = d.broadcast_id WHERE d.delivery_key = ?""")
			.param(key)
			.query((rs, n) -> new DeliveryRef(rs.getLong("id"), rs.getLong("broadcast_id"), rs.getLong("member_id"),
					Channel.valueOf(rs.getString("channel")), MemberQueries.instant(rs, "acknowledged_at") != null,
					rs.getString("member_token"), rs.getLong("unit_id")))
			.optional();
	}

	private static BroadcastView map(ResultSet rs, int row) throws SQLException {
		return new BroadcastView(rs.getLong("id"), rs.getLong("unit_id"), Priority.valueOf(rs.getString("priority")),
				rs.getString("title"), rs.getString("body"), Channels.parse(rs.getString("channels")),
				rs.getString("status"), MemberQueries.instant(rs, "send_at"), MemberQueries.instant(rs, "sent_at"));
	}

	record DeliveryRef(long id, long broadcastId, long memberId, Channel channel, boolean acknowledged,
			String memberToken, long unitId) {
	}

}

package vn.lachan.tips.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;
import vn.lachan.shared.text.VietnameseText;
import vn.lachan.tips.TipChannel;
import vn.lachan.tips.TipStatus;

/**
 * Lists of tips within the caller's scope: the inbox (overdue first), the map and the
 * duplicate suggestions.
 */
@Service
@Transactional(readOnly = true)
public class TipQueries {

	private static final String OVERDUE = "(status IN ('RECEIVED', 'ASSIGNED', 'VERIFYING') AND "
			+ "((classified_at IS NULL AND classify_by < :now) OR forward_by < :now))";

	/** Urgency orders open tips only: a closed urgent tip sorts with the others. */
	private static final String URGENT_OPEN = "CASE WHEN urgent = TRUE AND status IN ('RECEIVED', 'ASSIGNED', 'VERIFYING')"
			+ " THEN 1 ELSE 0 END";

	private static final String COLUMNS = "id, receipt_code, category_code, channel, status, urgent, unit_id, group_id, "
			+ "received_at, description, address, latitude, longitude, assignee_account_id, place_id, " + "CASE WHEN "
			+ OVERDUE + " THEN 1 ELSE 0 END AS overdue";

	private final JdbcClient jdbc;

	private final TipTeams teams;

	private final Clock clock;

	private final Duration duplicateWindow;

	private final double duplicateRadiusMeters;

	TipQueries(JdbcClient jdbc, TipTeams teams, Clock clock,
			@Value("${lachan.tips.duplicates.window:48h}") Duration duplicateWindow,
			@Value("${lachan.tips.duplicates.radius-meters:500}") double duplicateRadiusMeters) {
		this.jdbc = jdbc;
		this.teams = teams;
		this.clock = clock;
		this.duplicateWindow = duplicateWindow;
		this.duplicateRadiusMeters = duplicateRadiusMeters;
	}

	public PageResult<TipSummary> list(CurrentUser user, TipFilter filter, PageQuery page) {
		Map<String, Object> params = new HashMap<>();
		String where = where(user, filter, params);
		long total = this.jdbc.sql("SELECT COUNT(*) FROM tip WHERE " + where).params(params).query(Long.class).single();
		List<TipSummary> items = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM tip WHERE " + where + " ORDER BY overdue DESC, " + URGENT_OPEN
					+ " DESC, received_at DESC, id DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(TipQueries::summary)
			.list();
		return new PageResult<>(items, page.page(), page.size(), total);
	}

	/** Tips with a position, for the map; at most 2,000, newest first. */
	public List<TipSummary> mapPoints(CurrentUser user, TipFilter filter) {
		Map<String, Object> params = new HashMap<>();
		String where = where(user, filter, params) + " AND latitude IS NOT NULL";
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM tip WHERE " + where + " ORDER BY received_at DESC LIMIT 2000")
			.params(params)
			.query(TipQueries::summary)
			.list();
	}

	/**
	 * Possible duplicates of a tip: same ward and category, received close in time, and
	 * close in place (within the radius when both have a position, else the same place or
	 * group, or neither located).
	 */
	public List<TipSummary> duplicatesOf(CurrentUser user, Tip tip) {
		Map<String, Object> params = new HashMap<>();
		String where = where(user, TipFilter.none(), params);
		Instant anchor = tip.receivedAt();
		List<Row> candidates = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM tip WHERE " + where + " AND unit_id = :unit AND category_code = :cat"
					+ " AND id <> :id AND status <> 'REJECTED' AND received_at BETWEEN :start AND :end"
					+ " ORDER BY received_at DESC LIMIT 50")
			.params(params)
			.param("unit", tip.unitId())
			.param("cat", tip.categoryCode())
			.param("id", tip.id())
			.param("start", anchor.minus(this.duplicateWindow).atOffset(java.time.ZoneOffset.UTC))
			.param("end", anchor.plus(this.duplicateWindow).atOffset(java.time.ZoneOffset.UTC))
			.query((rs, n) -> new Row(summary(rs, n), (Long) rs.getObject("place_id", Long.class)))
			.list();
		List<TipSummary> close = new ArrayList<>();
		for (Row row : candidates) {
			if (closeInPlace(tip, row)) {
				close.add(row.summary());
			}
		}
		return close;
	}

	private boolean closeInPlace(Tip tip, Row row) {
		TipSummary other = row.summary();
		if (tip.latitude() != null && other.latitude() != null) {
			return meters(tip.latitude(), tip.longitude(), other.latitude(),
					other.longitude()) <= this.duplicateRadiusMeters;
		}
		if (tip.placeId() != null && tip.placeId().equals(row.placeId())) {
			return true;
		}
		if (tip.groupId() != null && tip.groupId().equals(other.groupId())) {
			return true;
		}
		return tip.latitude() == null && other.latitude() == null && tip.placeId() == null && row.placeId() == null
				&& (tip.groupId() == null || other.groupId() == null);
	}

	static double meters(BigDecimal lat1, BigDecimal lon1, BigDecimal lat2, BigDecimal lon2) {
		double phi1 = Math.toRadians(lat1.doubleValue());
		double phi2 = Math.toRadians(lat2.doubleValue());
		double dPhi = phi2 - phi1;
		double dLambda = Math.toRadians(lon2.doubleValue() - lon1.doubleValue());
		double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
				+ Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
		return 6_371_000 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
	}

	private String where(CurrentUser user, TipFilter filter, Map<String, Object> params) {
		StringBuilder where = new StringBuilder("1 = 1");
		params.put("now", this.clock.instant().atOffset(java.time.ZoneOffset.UTC));
		if (!user.unrestricted()) {
			where.append(" AND unit_id IN (:scope)");
			params.put("scope", user.unitIds().isEmpty() ? List.of(-1L) : List.copyOf(user.unitIds()));
			params.put("me", user.accountId());
			if (user.hasRole(Role.AREA_OFFICER)) {
				where.append(" AND (group_id IS NULL OR group_id IN (:groups) OR assignee_account_id = :me)");
				params.put("groups", user.groupIds().isEmpty() ? List.of(-1L) : List.copyOf(user.groupIds()));
			}
			else if (!user.hasRole(Role.COMMITTEE) && !user.hasRole(Role.WARD_OFFICER)) {
				// their own tips, and a force member's team's
				where.append(" AND (reporter_account_id = :me OR received_by_account_id = :me"
						+ " OR assignee_team_id IN (:teams))");
				Set<Long> teams = this.teams.memberOf(user);
				params.put("teams", teams.isEmpty() ? List.of(-1L) : List.copyOf(teams));
			}
		}
		if (filter.status() != null) {
			where.append(" AND status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.categoryCode() != null && !filter.categoryCode().isBlank()) {
			where.append(" AND category_code = :category");
			params.put("category", filter.categoryCode());
		}
		if (filter.channel() != null) {
			where.append(" AND channel = :channel");
			params.put("channel", filter.channel().name());
		}
		if (filter.unitId() != null) {
			where.append(" AND unit_id = :unit");
			params.put("unit", filter.unitId());
		}
		if (filter.overdueOnly()) {
			where.append(" AND ").append(OVERDUE);
		}
		if (filter.text() != null && !filter.text().isBlank()) {
			where.append(" AND search_text LIKE :text ESCAPE '\\'");
			params.put("text", VietnameseText.containsPattern(filter.text()));
		}
		if (filter.from() != null) {
			where.append(" AND received_at >= :from");
			params.put("from", filter.from().atOffset(java.time.ZoneOffset.UTC));
		}
		if (filter.to() != null) {
			where.append(" AND received_at < :to");
			params.put("to", filter.to().atOffset(java.time.ZoneOffset.UTC));
		}
		return where.toString();
	}

	static TipSummary summary(ResultSet rs, int row) throws SQLException {
		String description = rs.getString("description");
		String excerpt = (description.length() > 140) ? description.substring(0, 140) + "…" : description;
		return new TipSummary(rs.getLong("id"), rs.getString("receipt_code"), rs.getString("category_code"),
				TipChannel.valueOf(rs.getString("channel")), TipStatus.valueOf(rs.getString("status")),
				rs.getBoolean("urgent"), rs.getInt("overdue") == 1, rs.getLong("unit_id"),
				rs.getObject("group_id", Long.class),
				rs.getObject("received_at", java.time.OffsetDateTime.class).toInstant(), excerpt,
				rs.getString("address"), rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"),
				rs.getObject("assignee_account_id", Long.class));
	}

	private record Row(TipSummary summary, Long placeId) {
	}

}

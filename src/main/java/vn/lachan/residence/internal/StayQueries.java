package vn.lachan.residence.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.lachan.residence.StayFilter;
import vn.lachan.residence.StayView;
import vn.lachan.shared.crypto.FieldEncryptor;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.paging.SqlPages;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;

import static vn.lachan.residence.internal.AccommodationRepository.nullableLong;

/**
 * Lists and finds stays, always within the caller's scope.
 */
@Repository
class StayQueries {

	private static final String SELECT = """
			SELECT s.*, n.receipt_number, a.name AS accommodation_name
			FROM stay s JOIN stay_notification n ON n.id = s.notification_id
			JOIN accommodation a ON a.id = s.accommodation_id""";

	private final JdbcClient jdbc;

	private final FieldEncryptor encryptor;

	StayQueries(JdbcClient jdbc, FieldEncryptor encryptor) {
		this.jdbc = jdbc;
		this.encryptor = encryptor;
	}

	/** The SQL condition and parameters that keep a query within the caller's scope. */
	static String scope(CurrentUser user, Map<String, Object> params) {
		if (user.hasRole(Role.HOST)) {
			params.put("me", user.accountId());
			return " AND s.accommodation_id IN (SELECT accommodation_id FROM accommodation_host WHERE account_id = :me)";
		}
		if (!ResidenceScope.isStaff(user)) {
			return " AND 1 = 0";
		}
		if (user.unrestricted()) {
			return "";
		}
		if (user.unitIds().isEmpty()) {
			return " AND 1 = 0";
		}
		params.put("units", user.unitIds());
		String sql = " AND s.unit_id IN (:units)";
		if (user.hasRole(Role.AREA_OFFICER)) {
			if (user.groupIds().isEmpty()) {
				return sql + " AND s.group_id IS NULL";
			}
			params.put("groups", user.groupIds());
			sql += " AND (s.group_id IS NULL OR s.group_id IN (:groups))";
		}
		return sql;
	}

	PageResult<StayView> list(CurrentUser user, StayFilter filter, PageQuery page) {
		Map<String, Object> params = new LinkedHashMap<>();
		StringBuilder where = new StringBuilder(" WHERE 1 = 1").append(scope(user, params));
		if (filter.groupId() != null) {
			where.append(" AND s.group_id = :group");
			params.put("group", filter.groupId());
		}
		if (filter.accommodationId() != null) {
			where.append(" AND s.accommodation_id = :accommodation");
			params.put("accommodation", filter.accommodationId());
		}
		if (filter.presentOnly()) {
			where.append(" AND s.departed_at IS NULL");
		}
		if (filter.foreignOnly()) {
			where.append(" AND s.foreigner = TRUE");
		}
		if (filter.lateOnly()) {
			where.append(" AND s.late_minutes > 0");
		}
		return SqlPages.page(this.jdbc, SELECT + where, "ORDER BY s.arrived_at DESC, s.id DESC", params, this::map,
				page);
	}

	Optional<StayView> find(long stayId) {
		return this.jdbc.sql(SELECT + " WHERE s.id = :id").param("id", stayId).query(this::map).optional();
	}

	List<StayView> ofNotification(long notificationId) {
		return this.jdbc.sql(SELECT + " WHERE s.notification_id = :id ORDER BY s.id")
			.param("id", notificationId)
			.query(this::map)
			.list();
	}

	String encryptedDocument(long stayId) {
		return this.jdbc.sql("SELECT document_number FROM stay WHERE id = :id")
			.param("id", stayId)
			.query(String.class)
			.single();
	}

	/** Stays of a person found by the blind index of their ID or passport number. */
	List<StayView> byDocument(CurrentUser user, String documentIndex) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("idx", documentIndex);
		String where = " WHERE s.document_index = :idx" + scope(user, params);
		return this.jdbc.sql(SELECT + where + " ORDER BY s.arrived_at DESC LIMIT 200")
			.params(params)
			.query(this::map)
			.list();
	}

	/**
	 * Stays of a person found by the blind index of their folded full name and their date
	 * of birth.
	 */
	List<StayView> byName(CurrentUser user, String nameIndex, LocalDate birthDate) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("name", nameIndex);
		params.put("birth", birthDate);
		String where = " WHERE s.name_index = :name AND s.birth_date = :birth" + scope(user, params);
		return this.jdbc.sql(SELECT + where + " ORDER BY s.arrived_at DESC LIMIT 200")
			.params(params)
			.query(this::map)
			.list();
	}

	/** Receipt numbers of a host's latest notifications. */
	record NotificationRow(long id, String receiptNumber, long accommodationId, String accommodationName,
			Instant notifiedAt, int guests, int late) {
	}

	PageResult<NotificationRow> recentNotifications(CurrentUser user, PageQuery page) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = " WHERE 1 = 1" + scope(user, params).replace("s.", "n.");
		long total = this.jdbc.sql("SELECT COUNT(*) FROM stay_notification n" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<NotificationRow> items = this.jdbc
			.sql("""
					SELECT n.id, n.receipt_number, n.accommodation_id, a.name, n.notified_at,
					       (SELECT COUNT(*) FROM stay s WHERE s.notification_id = n.id) AS guests,
					       (SELECT COUNT(*) FROM stay s WHERE s.notification_id = n.id AND s.late_minutes > 0) AS late
					FROM stay_notification n JOIN accommodation a ON a.id = n.accommodation_id""" + where
					+ " ORDER BY n.notified_at DESC, n.id DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, row) -> new NotificationRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
					rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getInt(6), rs.getInt(7)))
			.list();
		return new PageResult<>(items, page.page(), page.size(), total);
	}

	List<PresentCount> presentCounts(CurrentUser user, Long groupId) {
		Map<String, Object> params = new LinkedHashMap<>();
		StringBuilder where = new StringBuilder(" WHERE s.departed_at IS NULL").append(scope(user, params));
		if (groupId != null) {
			where.append(" AND s.group_id = :group");
			params.put("group", groupId);
		}
		return this.jdbc
			.sql("SELECT s.group_id, s.accommodation_id, a.name, COUNT(*) FROM stay s"
					+ " JOIN accommodation a ON a.id = s.accommodation_id" + where
					+ " GROUP BY s.group_id, s.accommodation_id, a.name ORDER BY a.name, s.accommodation_id")
			.params(params)
			.query((rs, row) -> new PresentCount(nullableLong(rs, "group_id"), rs.getLong(2), rs.getString(3),
					rs.getLong(4)))
			.list();
	}

	/** A stay as stored, its guest's name decrypted. */
	StayView map(ResultSet rs, int row) throws SQLException {
		return new StayView(rs.getLong("id"), rs.getLong("notification_id"), rs.getString("receipt_number"),
				rs.getLong("accommodation_id"), rs.getString("accommodation_name"), rs.getLong("unit_id"),
				nullableLong(rs, "group_id"), this.encryptor.decrypt(rs.getString("full_name")),
				rs.getObject("birth_date", LocalDate.class), rs.getString("sex"), rs.getString("nationality"),
				rs.getBoolean("foreigner"), rs.getString("document_kind"), rs.getString("reason"), rs.getString("room"),
				instant(rs, "arrived_at"), rs.getObject("expected_departure", LocalDate.class),
				instant(rs, "departed_at"), instant(rs, "deadline_at"), instant(rs, "notified_at"),
				rs.getInt("late_minutes"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}

package vn.lachan.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.access.AuditAction;
import vn.lachan.access.AuditEntry;
import vn.lachan.access.AuditQuery;
import vn.lachan.access.AuditTrail;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.security.CurrentUser;

/**
 * The audit trail, kept in {@code audit_event}: rows are inserted and never changed.
 */
@Service
class AuditLog implements AuditTrail {

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * In a transaction of its own: reads are audited from read-only transactions (where
	 * PostgreSQL refuses an insert), and the access happened even if the caller fails
	 * later.
	 */
	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void personalDataRead(CurrentUser reader, String recordType, Object recordId, Long unitId, String purpose) {
		insert(AuditAction.PERSONAL_DATA_READ, reader.accountId(), reader.username(), recordType, recordId, unitId,
				purpose, null);
	}

	/** In a transaction of its own, as {@link #personalDataRead}. */
	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void personalDataSearched(CurrentUser searcher, String recordType, Long unitId, String purpose) {
		insert(AuditAction.PERSONAL_DATA_SEARCH, searcher.accountId(), searcher.username(), recordType, null, unitId,
				purpose, null);
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditAction action, CurrentUser actor, String recordType, Object recordId, String detail) {
		insert(action, (actor != null) ? actor.accountId() : null, (actor != null) ? actor.username() : null,
				recordType, recordId, (actor != null) ? actor.unitId() : null, null, detail);
	}

	/** Records an event about an account whose actor is known only by name (sign-in). */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordSignIn(AuditAction action, Long accountId, String username, String detail) {
		insert(action, accountId, username, "account", accountId, null, null, detail);
	}

	@Override
	@Transactional(readOnly = true)
	public PageResult<AuditEntry> search(AuditQuery query, PageQuery page) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		if (query.action() != null) {
			where.append(" AND action = :action");
			params.put("action", query.action().name());
		}
		if (query.actorUsername() != null && !query.actorUsername().isBlank()) {
			where.append(" AND actor_username = :actor");
			params.put("actor", query.actorUsername().strip());
		}
		if (query.recordType() != null && !query.recordType().isBlank()) {
			where.append(" AND record_type = :recordType");
			params.put("recordType", query.recordType().strip());
		}
		if (query.recordId() != null && !query.recordId().isBlank()) {
			where.append(" AND record_id = :recordId");
			params.put("recordId", query.recordId().strip());
		}
		if (query.from() != null) {
			where.append(" AND occurred_at >= :from");
			params.put("from", OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
		}
		if (query.to() != null) {
			where.append(" AND occurred_at < :to");
			params.put("to", OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
		}
		long total = this.jdbc.sql("SELECT COUNT(*) FROM audit_event" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<AuditEntry> items = this.jdbc
			.sql("SELECT * FROM audit_event" + where
					+ " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(AuditLog::map)
			.list();
		return new PageResult<>(items, page.page(), page.size(), total);
	}

	private void insert(AuditAction action, Long actorId, String actorUsername, String recordType, Object recordId,
			Long unitId, String purpose, String detail) {
		this.jdbc
			.sql("""
					INSERT INTO audit_event (occurred_at, action, actor_id, actor_username, record_type, record_id, unit_id, purpose, detail)
					VALUES (:at, :action, :actorId, :actor, :recordType, :recordId, :unitId, :purpose, :detail)""")
			.param("at", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.param("action", action.name())
			.param("actorId", actorId)
			.param("actor", actorUsername)
			.param("recordType", recordType)
			.param("recordId", (recordId != null) ? String.valueOf(recordId) : null)
			.param("unitId", unitId)
			.param("purpose", truncate(purpose, 300))
			.param("detail", truncate(detail, 500))
			.update();
	}

	private static String truncate(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

	static AuditEntry map(ResultSet rs, int row) throws SQLException {
		long actor = rs.getLong("actor_id");
		Long actorId = rs.wasNull() ? null : actor;
		long unit = rs.getLong("unit_id");
		Long unitId = rs.wasNull() ? null : unit;
		Instant occurredAt = rs.getObject("occurred_at", OffsetDateTime.class).toInstant();
		return new AuditEntry(rs.getLong("id"), occurredAt, AuditAction.valueOf(rs.getString("action")), actorId,
				rs.getString("actor_username"), rs.getString("record_type"), rs.getString("record_id"), unitId,
				rs.getString("purpose"), rs.getString("detail"));
	}

}

package vn.lachan.forces.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import vn.lachan.forces.ActivityKind;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;

/**
 * The activity log of the teams.
 */
@Component
class ActivityRepository {

	private static final String COLUMNS = "a.id, a.team_id, a.unit_id, a.kind, a.occurred_at, a.place, a.participants, a.notes, a.reported_by, a.idempotency_key, a.created_at";

	private final JdbcClient jdbc;

	ActivityRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long unitId, ActivityDetails details, long reportedBy, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					INSERT INTO forces_activity (team_id, unit_id, kind, occurred_at, place, participants, notes, reported_by,
					  idempotency_key, created_at)
					VALUES (:team, :unit, :kind, :at, :place, :participants, :notes, :by, :key, :now)
					""")
			.param("team", details.teamId())
			.param("unit", unitId)
			.param("kind", details.kind().name())
			.param("at", Timestamp.from(details.occurredAt()))
			.param("place", details.place().strip())
			.param("participants", details.participants())
			.param("notes", details.notes())
			.param("by", reportedBy)
			.param("key", details.idempotencyKey())
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	Optional<Activity> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM forces_activity a WHERE a.id = :id")
			.param("id", id)
			.query(this::row)
			.optional();
	}

	Optional<Activity> findByKey(long reportedBy, String key) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM forces_activity a WHERE a.reported_by = :by AND a.idempotency_key = :key")
			.param("by", reportedBy)
			.param("key", key)
			.query(this::row)
			.optional();
	}

	long countByKey(long reportedBy, String key) {
		return this.jdbc.sql("SELECT COUNT(*) FROM forces_activity WHERE reported_by = :by AND idempotency_key = :key")
			.param("by", reportedBy)
			.param("key", key)
			.query(Long.class)
			.single();
	}

	/** Activities of these teams, or of teams of these units, newest first. */
	PageResult<Activity> search(Collection<Long> teamIds, Collection<Long> unitIds, PageQuery page) {
		if ((teamIds != null && teamIds.isEmpty()) || (unitIds != null && unitIds.isEmpty())) {
			return new PageResult<>(List.of(), page.page(), page.size(), 0);
		}
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (teamIds != null) {
			where.append(" AND a.team_id IN (:teams)");
			params.put("teams", List.copyOf(teamIds));
		}
		if (unitIds != null) {
			where.append(" AND a.unit_id IN (:units)");
			params.put("units", List.copyOf(unitIds));
		}
		long total = this.jdbc.sql("SELECT COUNT(*) FROM forces_activity a" + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("limit", page.size());
		params.put("offset", page.offset());
		List<Activity> items = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM forces_activity a" + where
					+ " ORDER BY a.occurred_at DESC, a.id DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.query(this::row)
			.list();
		return new PageResult<>(items, page.page(), page.size(), total);
	}

	private Activity row(ResultSet rs, int row) throws SQLException {
		return new Activity(rs.getLong("id"), rs.getLong("team_id"), rs.getLong("unit_id"),
				ActivityKind.valueOf(rs.getString("kind")), rs.getTimestamp("occurred_at").toInstant(),
				rs.getString("place"), rs.getInt("participants"), rs.getString("notes"), rs.getLong("reported_by"),
				rs.getString("idempotency_key"), rs.getTimestamp("created_at").toInstant());
	}

}

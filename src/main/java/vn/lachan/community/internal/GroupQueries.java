package vn.lachan.community.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.lachan.community.GroupKind;
import vn.lachan.community.GroupSummary;

/**
 * Reads community groups.
 */
@Component
class GroupQueries {

	private static final String SELECT = "SELECT id, unit_id, kind, name, place_id, residential_group_id, join_token FROM community_group ";

	private final JdbcClient jdbc;

	GroupQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<GroupSummary> find(long id) {
		return this.jdbc.sql(SELECT + "WHERE id = ?").param(id).query(GroupQueries::map).optional();
	}

	Optional<GroupSummary> findByJoinToken(String token) {
		return this.jdbc.sql(SELECT + "WHERE join_token = ?").param(token).query(GroupQueries::map).optional();
	}

	List<GroupSummary> atPlace(long placeId) {
		return this.jdbc.sql(SELECT + "WHERE place_id = ? ORDER BY id").param(placeId).query(GroupQueries::map).list();
	}

	List<GroupSummary> ofUnit(long unitId) {
		return this.jdbc.sql(SELECT + "WHERE unit_id = ? ORDER BY name").param(unitId).query(GroupQueries::map).list();
	}

	List<GroupSummary> all() {
		return this.jdbc.sql(SELECT + "ORDER BY id").query(GroupQueries::map).list();
	}

	private static GroupSummary map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new GroupSummary(rs.getLong("id"), rs.getLong("unit_id"), GroupKind.valueOf(rs.getString("kind")),
				rs.getString("name"), (Long) rs.getObject("place_id", Long.class),
				(Long) rs.getObject("residential_group_id", Long.class), rs.getString("join_token"));
	}

}

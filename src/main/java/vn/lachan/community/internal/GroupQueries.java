package vn.lachan.community.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.lachan.community.GroupKind;
import vn.lachan.community.GroupSummary;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;

/**
 * Reads community groups.
 */
@Component
class GroupQueries {

	private static final String SELECT = "SELECT id, unit_id, kind, name, place_id, residential_group_id, join_token FROM community_group ";

	private static final String ACTIVE = "(SELECT COUNT(*) FROM community_member m WHERE m.group_id = g.id AND m.status = 'ACTIVE')";

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

	List<GroupSummary> ofResidentialGroup(long residentialGroupId) {
		return this.jdbc.sql(SELECT + "WHERE residential_group_id = ? ORDER BY id")
			.param(residentialGroupId)
			.query(GroupQueries::map)
			.list();
	}

	int activeMembers(long groupId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM community_member WHERE group_id = ? AND status = 'ACTIVE'")
			.param(groupId)
			.query(Integer.class)
			.single();
	}

	/** Groups of these units ({@code null}: all), by name, with their active members. */
	PageResult<GroupRow> search(Collection<Long> unitIds, String q, PageQuery page) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		if (unitIds != null) {
			if (unitIds.isEmpty()) {
				return new PageResult<>(List.of(), page.page(), page.size(), 0);
			}
			where.append(" AND g.unit_id IN (:units)");
		}
		String like = (q != null && !q.isBlank()) ? "%" + q.strip().toLowerCase(Locale.ROOT) + "%" : null;
		if (like != null) {
			where.append(" AND LOWER(g.name) LIKE :q");
		}
		var count = this.jdbc.sql("SELECT COUNT(*) FROM community_group g" + where);
		var rows = this.jdbc.sql("SELECT g.id, g.unit_id, g.kind, g.name, g.place_id, g.residential_group_id, " + ACTIVE
				+ " AS active FROM community_group g" + where + " ORDER BY g.name, g.id LIMIT :limit OFFSET :offset");
		if (unitIds != null) {
			count = count.param("units", unitIds);
			rows = rows.param("units", unitIds);
		}
		if (like != null) {
			count = count.param("q", like);
			rows = rows.param("q", like);
		}
		long total = count.query(Long.class).single();
		List<GroupRow> items = rows.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> new GroupRow(rs.getLong("id"), rs.getLong("unit_id"),
					GroupKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getObject("place_id", Long.class),
					rs.getObject("residential_group_id", Long.class), rs.getInt("active")))
			.list();
		return new PageResult<>(items, page.page(), page.size(), total);
	}

	private static GroupSummary map(ResultSet rs, int row) throws SQLException {
		return new GroupSummary(rs.getLong("id"), rs.getLong("unit_id"), GroupKind.valueOf(rs.getString("kind")),
				rs.getString("name"), rs.getObject("place_id", Long.class),
				rs.getObject("residential_group_id", Long.class), rs.getString("join_token"));
	}

}

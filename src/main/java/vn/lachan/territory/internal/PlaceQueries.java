package vn.lachan.territory.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.text.VietnameseText;
import vn.lachan.territory.PlaceKind;
import vn.lachan.territory.PlaceQuery;
import vn.lachan.territory.PlaceSummary;

/**
 * Searches places, with paging.
 */
@Repository
class PlaceQueries {

	private final JdbcClient jdbc;

	PlaceQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	PageResult<PlaceSummary> search(PlaceQuery query, PageQuery page) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		if (query.unitIds() != null) {
			if (query.unitIds().isEmpty()) {
				return new PageResult<>(List.of(), page.page(), page.size(), 0);
			}
			where.append(" AND p.unit_id IN (:units)");
			params.put("units", List.copyOf(query.unitIds()));
		}
		if (query.text() != null && !query.text().isBlank()) {
			where.append(" AND (p.name_folded LIKE :text ESCAPE '\\' OR LOWER(p.address) LIKE :raw ESCAPE '\\')");
			params.put("text", VietnameseText.containsPattern(query.text()));
			params.put("raw", "%" + query.text().strip().toLowerCase() + "%");
		}
		if (query.kind() != null) {
			where.append(" AND p.kind = :kind");
			params.put("kind", query.kind().name());
		}
		long total = this.jdbc.sql("SELECT COUNT(*) FROM place p" + where).params(params).query(Long.class).single();
		List<PlaceSummary> items = this.jdbc
			.sql("SELECT p.* FROM place p" + where + " ORDER BY p.name_folded, p.id LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(PlaceQueries::map)
			.list();
		return new PageResult<>(items, page.page(), page.size(), total);
	}

	/**
	 * Places with coordinates in these units (every unit when {@code null}), at most a
	 * limit.
	 */
	List<PlaceSummary> located(Set<Long> unitIds, int limit) {
		if (unitIds != null && unitIds.isEmpty()) {
			return List.of();
		}
		String where = (unitIds != null) ? " AND p.unit_id IN (:units)" : "";
		JdbcClient.StatementSpec spec = this.jdbc
			.sql("SELECT p.* FROM place p WHERE p.latitude IS NOT NULL" + " AND p.longitude IS NOT NULL" + where
					+ " ORDER BY p.name_folded, p.id LIMIT :limit")
			.param("limit", limit);
		if (unitIds != null) {
			spec = spec.param("units", List.copyOf(unitIds));
		}
		return spec.query(PlaceQueries::map).list();
	}

	static PlaceSummary map(ResultSet rs, int row) throws SQLException {
		long group = rs.getLong("group_id");
		Long groupId = rs.wasNull() ? null : group;
		BigDecimal latitude = rs.getBigDecimal("latitude");
		BigDecimal longitude = rs.getBigDecimal("longitude");
		return new PlaceSummary(rs.getLong("id"), rs.getLong("unit_id"), groupId, rs.getString("name"),
				PlaceKind.valueOf(rs.getString("kind")), rs.getString("address"), latitude, longitude,
				rs.getInt("version"));
	}

}

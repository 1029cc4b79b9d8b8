package vn.lachan.territory.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.paging.SqlPages;
import vn.lachan.shared.text.VietnameseText;
import vn.lachan.territory.AdminLevel;
import vn.lachan.territory.AdminUnitKind;
import vn.lachan.territory.AdminUnitSummary;
import vn.lachan.territory.SuccessionKind;
import vn.lachan.territory.SuccessionSummary;
import vn.lachan.territory.UnitQuery;

/**
 * Reads administrative units: by id, by code on a date, the units valid on a date under a
 * parent, and the tree below a unit.
 */
@Repository
class AdminUnitQueries {

	private static final String COLUMNS = "u.id, u.code, u.name, u.kind, u.unit_level, u.parent_id, u.valid_from, u.valid_to";

	private static final String UNIT_ORDER = "ORDER BY CASE u.unit_level WHEN 'PROVINCE' THEN 0"
			+ " WHEN 'DISTRICT' THEN 1 ELSE 2 END, u.code, u.valid_from, u.id";

	private static final String VALID_ON = "(u.valid_from IS NULL OR u.valid_from <= :on) AND (u.valid_to IS NULL OR u.valid_to > :on)";

	private final JdbcClient jdbc;

	AdminUnitQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<AdminUnitSummary> findById(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM admin_unit u WHERE u.id = :id")
			.param("id", id)
			.query(AdminUnitQueries::map)
			.optional();
	}

	Optional<AdminUnitSummary> findByCodeOn(String code, LocalDate on) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM admin_unit u WHERE u.code = :code AND " + VALID_ON)
			.param("code", code)
			.param("on", Date.valueOf(on))
			.query(AdminUnitQueries::map)
			.optional();
	}

	/**
	 * Units matching every criterion given: the parent, the level, valid on a date, and a
	 * name containing the text with diacritics folded. Ordered by level, then code.
	 */
	List<AdminUnitSummary> search(UnitQuery criteria) {
		Map<String, Object> params = new HashMap<>();
		return this.jdbc.sql(select(criteria, params) + " " + UNIT_ORDER)
			.params(params)
			.query(AdminUnitQueries::map)
			.list();
	}

	/** One page of {@link #search(UnitQuery)}, paged in the database. */
	PageResult<AdminUnitSummary> search(UnitQuery criteria, PageQuery page) {
		Map<String, Object> params = new HashMap<>();
		return SqlPages.page(this.jdbc, select(criteria, params), UNIT_ORDER, params, AdminUnitQueries::map, page);
	}

	private static String select(UnitQuery criteria, Map<String, Object> params) {
		StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM admin_unit u WHERE 1 = 1");
		if (criteria.parentId() != null) {
			sql.append(" AND u.parent_id = :parent");
			params.put("parent", criteria.parentId());
		}
		if (criteria.level() != null) {
			sql.append(" AND u.unit_level = :level");
			params.put("level", criteria.level().name());
		}
		if (criteria.on() != null) {
			sql.append(" AND ").append(VALID_ON);
			params.put("on", Date.valueOf(criteria.on()));
		}
		if (criteria.text() != null && !criteria.text().isBlank()) {
			sql.append(" AND (u.name_folded LIKE :text ESCAPE '\\' OR u.code = :code)");
			params.put("text", VietnameseText.containsPattern(criteria.text()));
			params.put("code", criteria.text().strip());
		}
		return sql.toString();
	}

	/** The unit and every unit below it, at any date. */
	Set<Long> subtreeIds(long rootId) {
		Set<Long> ids = new HashSet<>();
		List<Long> frontier = List.of(rootId);
		ids.add(rootId);
		while (!frontier.isEmpty()) {
			List<Long> children = this.jdbc.sql("SELECT id FROM admin_unit WHERE parent_id IN (:ids)")
				.param("ids", frontier)
				.query(Long.class)
				.list();
			frontier = children.stream().filter(ids::add).toList();
		}
		return ids;
	}

	List<SuccessionSummary> successionsOf(long unitId) {
		return this.jdbc.sql("""
				SELECT s.predecessor_id, p.name AS predecessor_name, s.successor_id, n.name AS successor_name,
				       s.kind, s.effective_on, s.legal_act
				FROM admin_unit_succession s
				JOIN admin_unit p ON p.id = s.predecessor_id
				JOIN admin_unit n ON n.id = s.successor_id
				WHERE s.predecessor_id = :id OR s.successor_id = :id
				ORDER BY s.effective_on, p.code""")
			.param("id", unitId)
			.query((rs, row) -> new SuccessionSummary(rs.getLong("predecessor_id"), rs.getString("predecessor_name"),
					rs.getLong("successor_id"), rs.getString("successor_name"),
					SuccessionKind.valueOf(rs.getString("kind")), rs.getDate("effective_on").toLocalDate(),
					rs.getString("legal_act")))
			.list();
	}

	static AdminUnitSummary map(ResultSet rs, int row) throws SQLException {
		long parent = rs.getLong("parent_id");
		Long parentId = rs.wasNull() ? null : parent;
		Date from = rs.getDate("valid_from");
		Date to = rs.getDate("valid_to");
		return new AdminUnitSummary(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				AdminUnitKind.valueOf(rs.getString("kind")), AdminLevel.valueOf(rs.getString("unit_level")), parentId,
				(from != null) ? from.toLocalDate() : null, (to != null) ? to.toLocalDate() : null);
	}

}

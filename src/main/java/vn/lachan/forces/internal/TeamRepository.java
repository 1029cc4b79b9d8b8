package vn.lachan.forces.internal;

import vn.lachan.forces.TeamKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.text.VietnameseText;

/**
 * Teams, their coverage, kinds and membership rules, in SQL one can read.
 */
@Component
class TeamRepository {

	private static final String COLUMNS = "t.id, t.unit_id, t.kind_code, t.name, t.area_officer_id, t.founded_on, t.ended_on, t.notes";

	private final JdbcClient jdbc;

	TeamRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(TeamDetails details) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					INSERT INTO forces_team (unit_id, kind_code, name, name_folded, area_officer_id, founded_on, ended_on, notes)
					VALUES (:unit, :kind, :name, :folded, :officer, :founded, :ended, :notes)
					""")
			.params(params(details))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		replaceGroups(id, details.groupIds());
		return id;
	}

	void update(long id, TeamDetails details) {
		Map<String, Object> params = params(details);
		params.put("id", id);
		this.jdbc.sql("""
				UPDATE forces_team SET kind_code = :kind, name = :name, name_folded = :folded,
				  area_officer_id = :officer, founded_on = :founded, ended_on = :ended, notes = :notes
				WHERE id = :id
				""").params(params).update();
		replaceGroups(id, details.groupIds());
	}

	private void replaceGroups(long id, Set<Long> groupIds) {
		this.jdbc.sql("DELETE FROM forces_team_group WHERE team_id = :id").param("id", id).update();
		for (Long groupId : groupIds) {
			this.jdbc.sql("INSERT INTO forces_team_group (team_id, group_id) VALUES (:id, :group)")
				.param("id", id)
				.param("group", groupId)
				.update();
		}
	}

	private static Map<String, Object> params(TeamDetails details) {
		Map<String, Object> params = new HashMap<>();
		params.put("unit", details.unitId());
		params.put("kind", details.kind());
		params.put("name", details.name().strip());
		params.put("folded", VietnameseText.fold(details.name()));
		params.put("officer", details.areaOfficerId());
		params.put("founded", details.foundedOn());
		params.put("ended", details.endedOn());
		params.put("notes", details.notes());
		return params;
	}

	Optional<Team> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM forces_team t WHERE t.id = :id")
			.param("id", id)
			.query(this::row)
			.optional()
			.map((team) -> withGroups(List.of(team)).get(0));
	}

	Optional<Team> findByName(long unitId, String kind, String name) {
		return this.jdbc.sql("SELECT " + COLUMNS
				+ " FROM forces_team t WHERE t.unit_id = :unit AND t.kind_code = :kind AND t.name_folded = :folded ORDER BY t.id")
			.param("unit", unitId)
			.param("kind", kind)
			.param("folded", VietnameseText.fold(name))
			.query(this::row)
			.list()
			.stream()
			.findFirst()
			.map((team) -> withGroups(List.of(team)).get(0));
	}

	List<Team> ofUnit(long unitId) {
		return withGroups(
				this.jdbc.sql("SELECT " + COLUMNS + " FROM forces_team t WHERE t.unit_id = :unit ORDER BY t.name, t.id")
					.param("unit", unitId)
					.query(this::row)
					.list());
	}

	/**
	 * Teams matching the query among the visible ones.
	 * @param unitIds the units the caller may see, {@code null} for all
	 * @param visibility an extra SQL condition on {@code t} from the caller's role, or
	 * {@code null}
	 */
	PageResult<Team> search(TeamQuery query, Collection<Long> unitIds, String visibility,
			Map<String, Object> visibilityParams, PageQuery page) {
		if (unitIds != null && unitIds.isEmpty()) {
			return new PageResult<>(List.of(), page.page(), page.size(), 0);
		}
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		Map<String, Object> params = new HashMap<>(visibilityParams);
		if (unitIds != null) {
			where.append(" AND t.unit_id IN (:units)");
			params.put("units", List.copyOf(unitIds));
		}
		if (query.kind() != null && !query.kind().isBlank()) {
			where.append(" AND t.kind_code = :kind");
			params.put("kind", query.kind());
		}
		if (query.activeOn() != null) {
			where.append(" AND t.founded_on <= :activeOn AND (t.ended_on IS NULL OR t.ended_on > :activeOn)");
			params.put("activeOn", query.activeOn());
		}
		if (query.text() != null && !query.text().isBlank()) {
			where.append(" AND t.name_folded LIKE :text");
			params.put("text", VietnameseText.containsPattern(query.text()));
		}
		if (visibility != null) {
			where.append(" AND (").append(visibility).append(")");
		}
		long total = this.jdbc.sql("SELECT COUNT(*) FROM forces_team t" + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("limit", page.size());
		params.put("offset", page.offset());
		List<Team> teams = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM forces_team t" + where
					+ " ORDER BY t.unit_id, t.kind_code, t.name, t.id LIMIT :limit OFFSET :offset")
			.params(params)
			.query(this::row)
			.list();
		return new PageResult<>(withGroups(teams), page.page(), page.size(), total);
	}

	List<Team> withGroups(List<Team> teams) {
		if (teams.isEmpty()) {
			return teams;
		}
		Map<Long, Set<Long>> groups = new HashMap<>();
		this.jdbc.sql("SELECT team_id, group_id FROM forces_team_group WHERE team_id IN (:ids)")
			.param("ids", teams.stream().map(Team::id).toList())
			.query((rs) -> {
				groups.computeIfAbsent(rs.getLong(1), (key) -> new HashSet<>()).add(rs.getLong(2));
			});
		List<Team> result = new ArrayList<>(teams.size());
		for (Team team : teams) {
			result.add(new Team(team.id(), team.unitId(), team.kind(), team.name(), team.areaOfficerId(),
					groups.getOrDefault(team.id(), Set.of()), team.foundedOn(), team.endedOn(), team.notes()));
		}
		return result;
	}

	private Team row(ResultSet rs, int row) throws SQLException {
		long officer = rs.getLong("area_officer_id");
		return new Team(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("kind_code"), rs.getString("name"),
				rs.wasNull() ? null : officer, Set.of(), rs.getObject("founded_on", LocalDate.class),
				rs.getObject("ended_on", LocalDate.class), rs.getString("notes"));
	}

	List<TeamKind> kinds() {
		return this.jdbc
			.sql("SELECT code, name_vi, name_en, sort_order FROM forces_team_kind ORDER BY sort_order, code")
			.query((rs, row) -> new TeamKind(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
			.list();
	}

	Map<String, TeamKind> kindsByCode() {
		Map<String, TeamKind> kinds = new LinkedHashMap<>();
		kinds().forEach((kind) -> kinds.put(kind.code(), kind));
		return kinds;
	}

	void addKind(TeamKind kind) {
		this.jdbc
			.sql("INSERT INTO forces_team_kind (code, name_vi, name_en, sort_order) VALUES (:code, :vi, :en, :order)")
			.param("code", kind.code())
			.param("vi", kind.nameVi())
			.param("en", kind.nameEn())
			.param("order", kind.sortOrder())
			.update();
	}

	List<MembershipRule> rules(String kind) {
		return this.jdbc.sql("""
				SELECT kind_code, rule, threshold, valid_from, valid_to, source FROM forces_membership_rule
				WHERE kind_code = :kind ORDER BY rule, valid_from
				""")
			.param("kind", kind)
			.query((rs, row) -> new MembershipRule(rs.getString(1), rs.getString(2), rs.getInt(3),
					rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getString(6)))
			.list();
	}

}

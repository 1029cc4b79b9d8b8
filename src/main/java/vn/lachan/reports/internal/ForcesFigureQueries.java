package vn.lachan.reports.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.forces.ForcesCatalog;
import vn.lachan.forces.TeamKind;
import vn.lachan.reports.ActivityFigures;
import vn.lachan.reports.ForcesFigures;
import vn.lachan.reports.ForcesFigures.KindFigures;

/**
 * The forces' figures, from the reports module's own tables.
 */
@Service
@Transactional(readOnly = true)
public class ForcesFigureQueries {

	private final JdbcClient jdbc;

	private final ForcesCatalog forces;

	ForcesFigureQueries(JdbcClient jdbc, ForcesCatalog forces) {
		this.jdbc = jdbc;
		this.forces = forces;
	}

	/**
	 * Teams and members active on a date, by kind.
	 * @param unitId the unit asked for (reported back)
	 * @param unitIds the units to count, {@code null} for all
	 */
	public ForcesFigures figures(Long unitId, Collection<Long> unitIds, LocalDate on) {
		Map<String, Object> params = new HashMap<>();
		params.put("on", on);
		String units = "";
		if (unitIds != null) {
			if (unitIds.isEmpty()) {
				return new ForcesFigures(unitId, on, List.of());
			}
			units = " AND t.unit_id IN (:units)";
			params.put("units", List.copyOf(unitIds));
		}
		String activeTeam = " t.founded_on <= :on AND (t.ended_on IS NULL OR t.ended_on > :on)" + units;
		Map<String, Long> teams = new HashMap<>();
		this.jdbc.sql("SELECT t.kind, COUNT(*) FROM report_forces_team t WHERE" + activeTeam + " GROUP BY t.kind")
			.params(params)
			.query((rs) -> {
				teams.put(rs.getString(1), rs.getLong(2));
			});
		Map<String, Long> members = new HashMap<>();
		this.jdbc
			.sql("""
					SELECT t.kind, COUNT(DISTINCT m.person_id) FROM report_forces_membership m
					JOIN report_forces_team t ON t.team_id = m.team_id
					WHERE m.joined_on <= :on AND (m.left_on IS NULL OR m.left_on > :on) AND""" + activeTeam
					+ " GROUP BY t.kind")
			.params(params)
			.query((rs) -> {
				members.put(rs.getString(1), rs.getLong(2));
			});
		Locale locale = LocaleContextHolder.getLocale();
		List<KindFigures> kinds = new ArrayList<>();
		for (TeamKind kind : this.forces.kinds()) {
			if (teams.containsKey(kind.code())) {
				kinds.add(new KindFigures(kind.code(), kind.name(locale), teams.get(kind.code()),
						members.getOrDefault(kind.code(), 0L)));
			}
		}
		return new ForcesFigures(unitId, on, kinds);
	}

	/** Activities of a year by month and kind. */
	public ActivityFigures activities(Long unitId, Collection<Long> unitIds, int year) {
		if (unitIds != null && unitIds.isEmpty()) {
			return new ActivityFigures(unitId, year, List.of());
		}
		JdbcClient.StatementSpec statement = this.jdbc
			.sql("""
					SELECT activity_month, kind, COUNT(*) FROM report_forces_activity
					WHERE occurred_on >= :from AND occurred_on < :to"""
					+ ((unitIds != null) ? " AND unit_id IN (:units)" : "")
					+ " GROUP BY activity_month, kind ORDER BY activity_month, kind")
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year + 1, 1, 1));
		if (unitIds != null) {
			statement = statement.param("units", List.copyOf(unitIds));
		}
		return new ActivityFigures(unitId, year,
				statement.query(
						(rs, row) -> new ActivityFigures.Row(rs.getString(1).strip(), rs.getString(2), rs.getLong(3)))
					.list());
	}

}

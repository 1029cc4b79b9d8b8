package vn.lachan.reports.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.reports.MediationFigures;
import vn.lachan.reports.ReportsCatalog;
import vn.lachan.reports.TerritoryFigures;
import vn.lachan.territory.TerritoryCatalog;

/**
 * Sums the figures of a set of units from the reports module's own tables.
 */
@Service
@Transactional(readOnly = true)
class DashboardQueries implements ReportsCatalog {

	private final JdbcClient jdbc;

	private final MediationFigureQueries mediation;

	private final TerritoryCatalog territory;

	DashboardQueries(JdbcClient jdbc, MediationFigureQueries mediation, TerritoryCatalog territory) {
		this.jdbc = jdbc;
		this.mediation = mediation;
		this.territory = territory;
	}

	@Override
	public MediationFigures mediationFigures(long unitId, LocalDate from, LocalDate to) {
		return this.mediation.figures(unitId, this.territory.subtreeIds(unitId), from, to);
	}

	@Override
	public TerritoryFigures territoryFigures(Set<Long> unitIds) {
		if (unitIds != null && unitIds.isEmpty()) {
			return new TerritoryFigures(0, 0, 0, 0);
		}
		String groupWhere = (unitIds != null) ? " WHERE unit_id IN (:units)" : "";
		List<Long> units = (unitIds != null) ? List.copyOf(unitIds) : List.of(-1L);
		JdbcClient.StatementSpec groups = this.jdbc.sql(
				"SELECT COUNT(*) AS n, COALESCE(SUM(households), 0) AS h, COALESCE(SUM(residents), 0) AS r FROM report_residential_group"
						+ groupWhere);
		JdbcClient.StatementSpec places = this.jdbc.sql("SELECT COUNT(*) FROM report_place" + groupWhere);
		if (unitIds != null) {
			groups = groups.param("units", units);
			places = places.param("units", units);
		}
		long[] figures = groups.query((rs, row) -> new long[] { rs.getLong("n"), rs.getLong("h"), rs.getLong("r") })
			.single();
		long placeCount = places.query(Long.class).single();
		return new TerritoryFigures(figures[0], figures[1], figures[2], placeCount);
	}

	@Override
	public Map<Long, TerritoryFigures> territoryFiguresByUnit(Set<Long> unitIds) {
		Map<Long, TerritoryFigures> byUnit = new HashMap<>();
		if (unitIds.isEmpty()) {
			return byUnit;
		}
		List<Long> units = List.copyOf(unitIds);
		Map<Long, Long> places = new HashMap<>();
		this.jdbc.sql("SELECT unit_id, COUNT(*) AS n FROM report_place WHERE unit_id IN (:units) GROUP BY unit_id")
			.param("units", units)
			.query((rs) -> {
				places.put(rs.getLong("unit_id"), rs.getLong("n"));
			});
		this.jdbc
			.sql("SELECT unit_id, COUNT(*) AS n, COALESCE(SUM(households), 0) AS h, COALESCE(SUM(residents), 0) AS r"
					+ " FROM report_residential_group WHERE unit_id IN (:units) GROUP BY unit_id")
			.param("units", units)
			.query((rs) -> {
				long unit = rs.getLong("unit_id");
				byUnit.put(unit, new TerritoryFigures(rs.getLong("n"), rs.getLong("h"), rs.getLong("r"),
						places.getOrDefault(unit, 0L)));
			});
		for (Long unit : units) {
			byUnit.computeIfAbsent(unit, (id) -> new TerritoryFigures(0, 0, 0, places.getOrDefault(id, 0L)));
		}
		return byUnit;
	}

}

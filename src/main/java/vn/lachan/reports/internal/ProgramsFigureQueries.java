package vn.lachan.reports.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.lachan.reports.ProgramsFigures;
import vn.lachan.reports.ProgramsFigures.ModelReach;
import vn.lachan.reports.ProgramsFigures.ModelWard;
import vn.lachan.reports.ProgramsFigures.PlanProgress;
import vn.lachan.territory.AdminUnitSummary;
import vn.lachan.territory.TerritoryCatalog;

/**
 * The programs' figures from the reports module's own copies.
 */
@Component
public class ProgramsFigureQueries {

	private final JdbcClient jdbc;

	private final TerritoryCatalog territory;

	ProgramsFigureQueries(JdbcClient jdbc, TerritoryCatalog territory) {
		this.jdbc = jdbc;
		this.territory = territory;
	}

	/**
	 * The figures of these units ({@code null}: every unit); plans are the committee's,
	 * shown to callers who see the plan's unit.
	 */
	public ProgramsFigures figures(Set<Long> unitIds) {
		if (unitIds != null && unitIds.isEmpty()) {
			return new ProgramsFigures(List.of(), List.of(), Map.of(), List.of(), List.of());
		}
		String in = (unitIds == null) ? "" : " AND unit_id IN (:units)";
		Map<String, Object> params = new LinkedHashMap<>();
		if (unitIds != null) {
			params.put("units", List.copyOf(unitIds));
		}
		List<PlanProgress> plans = this.jdbc
			.sql("SELECT plan_id, number, title, issued_on, tasks, tasks_done FROM report_programs_plan WHERE 1 = 1"
					+ in + " ORDER BY issued_on DESC, plan_id DESC")
			.params(params)
			.query((rs, row) -> new PlanProgress(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, java.time.LocalDate.class), rs.getInt(5), rs.getInt(6),
					(rs.getInt(5) == 0) ? 0 : Math.round(100f * rs.getInt(6) / rs.getInt(5))))
			.list();
		Map<String, String> modelNames = new LinkedHashMap<>();
		Map<String, List<String>> modelUnits = new LinkedHashMap<>();
		Map<String, Integer> modelCounts = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT model_code, model_name, unit_id FROM report_programs_deployment WHERE status = 'OPERATING'"
					+ in + " ORDER BY model_code, started_on, deployment_id")
			.params(params)
			.query((rs) -> {
				String code = rs.getString(1);
				modelNames.put(code, rs.getString(2));
				modelCounts.merge(code, 1, Integer::sum);
				List<String> units = modelUnits.computeIfAbsent(code, (key) -> new ArrayList<>());
				String unit = name(rs.getLong(3));
				if (!units.contains(unit)) {
					units.add(unit);
				}
			});
		List<ModelReach> models = modelNames.keySet()
			.stream()
			.map((code) -> new ModelReach(code, modelNames.get(code), modelCounts.get(code), modelUnits.get(code)))
			.toList();
		Map<String, Long> byStatus = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT status, COUNT(*) FROM report_programs_key_area WHERE 1 = 1" + in
					+ " GROUP BY status ORDER BY status")
			.params(params)
			.query((rs) -> {
				byStatus.put(rs.getString(1), rs.getLong(2));
			});
		List<String> transformed = this.jdbc
			.sql("SELECT unit_id FROM report_programs_key_area WHERE status = 'TRANSFORMED'" + in
					+ " ORDER BY evaluated_on, key_area_id")
			.params(params)
			.query(Long.class)
			.list()
			.stream()
			.map(this::name)
			.toList();
		List<ModelWard> wards = this.jdbc
			.sql("""
					SELECT unit_id, set_name, period, score, recognition_number, recognised_on FROM report_programs_scorecard
					WHERE recognition_number IS NOT NULL"""
					+ in + " ORDER BY recognised_on, unit_id")
			.params(params)
			.query((rs, row) -> new ModelWard(name(rs.getLong(1)), rs.getString(2), rs.getInt(3), rs.getInt(4),
					rs.getString(5), rs.getObject(6, java.time.LocalDate.class)))
			.list();
		return new ProgramsFigures(plans, models, byStatus, transformed, wards);
	}

	private String name(long unitId) {
		return this.territory.findUnit(unitId).map(AdminUnitSummary::name).orElse(Long.toString(unitId));
	}

}

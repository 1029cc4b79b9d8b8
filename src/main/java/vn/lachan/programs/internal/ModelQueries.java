package vn.lachan.programs.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.paging.SqlPages;

/**
 * Movement models, their checklists and deployments.
 */
@Component
class ModelQueries {

	private static final String DEPLOYMENT = "SELECT id, model_id, unit_id, place_id, started_on, plan_id, status,"
			+ " evaluation, evidence, team_id FROM programs_deployment";

	private final JdbcClient jdbc;

	ModelQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<MovementModel> models() {
		return this.jdbc.sql("SELECT id, code, name, purpose FROM programs_model ORDER BY id")
			.query((rs, row) -> new MovementModel(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					checklist(rs.getLong(1))))
			.list();
	}

	Optional<MovementModel> model(long id) {
		return models().stream().filter((model) -> model.id() == id).findFirst();
	}

	Optional<MovementModel> model(String code) {
		return models().stream().filter((model) -> model.code().equals(code)).findFirst();
	}

	private List<String> checklist(long modelId) {
		return this.jdbc.sql("SELECT text FROM programs_model_check WHERE model_id = :id ORDER BY position")
			.param("id", modelId)
			.query(String.class)
			.list();
	}

	long insertModel(String code, String name, String purpose, List<String> checklist) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO programs_model (code, name, purpose) VALUES (:code, :name, :purpose)")
			.param("code", code)
			.param("name", name)
			.param("purpose", purpose)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		replaceChecklist(id, checklist);
		return id;
	}

	void replaceChecklist(long modelId, List<String> checklist) {
		this.jdbc.sql("DELETE FROM programs_model_check WHERE model_id = :id").param("id", modelId).update();
		for (int i = 0; i < checklist.size(); i++) {
			this.jdbc.sql("INSERT INTO programs_model_check (model_id, position, text) VALUES (:id, :position, :text)")
				.param("id", modelId)
				.param("position", i)
				.param("text", checklist.get(i).strip())
				.update();
		}
	}

	long insertDeployment(DeploymentInput input, long unitId) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					INSERT INTO programs_deployment (model_id, unit_id, place_id, started_on, plan_id, status, evaluation, evidence, team_id)
					VALUES (:model, :unit, :place, :started, :plan, :status, :evaluation, :evidence, :team)
					""")
			.param("model", input.modelId())
			.param("unit", unitId)
			.param("place", input.placeId())
			.param("started", input.startedOn())
			.param("plan", input.planId())
			.param("status", input.status().name())
			.param("evaluation", input.evaluation())
			.param("evidence", input.evidence())
			.param("team", input.teamId())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void updateStatus(long id, DeploymentStatus status, String evaluation) {
		this.jdbc.sql("UPDATE programs_deployment SET status = :status, evaluation = :evaluation WHERE id = :id")
			.param("status", status.name())
			.param("evaluation", evaluation)
			.param("id", id)
			.update();
	}

	/** Counts one more change of the record and answers its version. */
	int bump(long id) {
		this.jdbc.sql("UPDATE programs_deployment SET version = version + 1 WHERE id = :id").param("id", id).update();
		return this.jdbc.sql("SELECT version FROM programs_deployment WHERE id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	Optional<Deployment> deployment(long id) {
		return this.jdbc.sql(DEPLOYMENT + " WHERE id = :id").param("id", id).query(this::row).optional();
	}

	/** Deployments in these units ({@code null}: all), by model and unit. */
	List<Deployment> deployments(List<Long> unitIds) {
		if (unitIds != null && unitIds.isEmpty()) {
			return List.of();
		}
		if (unitIds == null) {
			return this.jdbc.sql(DEPLOYMENT + " ORDER BY model_id, unit_id, id").query(this::row).list();
		}
		return this.jdbc.sql(DEPLOYMENT + " WHERE unit_id IN (:units) ORDER BY model_id, unit_id, id")
			.param("units", unitIds)
			.query(this::row)
			.list();
	}

	/** One page of the deployments in these units ({@code null}: every unit). */
	PageResult<Deployment> deployments(List<Long> unitIds, PageQuery page) {
		Map<String, Object> params = new HashMap<>();
		String select = DEPLOYMENT;
		if (unitIds != null) {
			select += " WHERE unit_id IN (:units)";
			params.put("units", unitIds.isEmpty() ? List.of(-1L) : unitIds);
		}
		return SqlPages.page(this.jdbc, select, "ORDER BY model_id, unit_id, id", params, this::row, page);
	}

	long operatingIn(long unitId, LocalDate on) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM programs_deployment
				WHERE unit_id = :unit AND status = 'OPERATING' AND started_on <= :on
				""").param("unit", unitId).param("on", on).query(Long.class).single();
	}

	private Deployment row(ResultSet rs, int row) throws SQLException {
		return new Deployment(rs.getLong("id"), rs.getLong("model_id"), rs.getLong("unit_id"), nullable(rs, "place_id"),
				rs.getObject("started_on", LocalDate.class), nullable(rs, "plan_id"),
				DeploymentStatus.valueOf(rs.getString("status")), rs.getString("evaluation"), rs.getString("evidence"),
				nullable(rs, "team_id"));
	}

	static Long nullable(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}

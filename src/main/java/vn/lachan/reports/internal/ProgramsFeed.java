package vn.lachan.reports.internal;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.lachan.programs.DeploymentChanged;
import vn.lachan.programs.KeyAreaChanged;
import vn.lachan.programs.PlanChanged;
import vn.lachan.programs.ScorecardChanged;

/**
 * Keeps the reports module's copy of the programs. Every event carries the record's whole
 * state and version: handling it twice leaves the same row, and an older event handled
 * after a newer one (listeners run concurrently) changes nothing.
 */
@Component
class ProgramsFeed {

	private final JdbcClient jdbc;

	ProgramsFeed(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(PlanChanged event) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", event.planId());
		params.put("unit", event.unitId());
		params.put("kind", event.kind());
		params.put("number", event.number());
		params.put("title", event.title());
		params.put("issued", event.issuedOn());
		params.put("tasks", event.tasks());
		params.put("done", event.tasksDone());
		params.put("version", event.version());
		FeedRows.upsert(this.jdbc,
				"""
						INSERT INTO report_programs_plan (plan_id, unit_id, kind, number, title, issued_on, tasks, tasks_done, version)
						VALUES (:id, :unit, :kind, :number, :title, :issued, :tasks, :done, :version) ON CONFLICT DO NOTHING""",
				"""
						UPDATE report_programs_plan SET unit_id = :unit, kind = :kind, number = :number, title = :title,
						  issued_on = :issued, tasks = :tasks, tasks_done = :done, version = :version WHERE plan_id = :id AND version < :version""",
				params);
	}

	@ApplicationModuleListener
	void on(DeploymentChanged event) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", event.deploymentId());
		params.put("code", event.modelCode());
		params.put("name", event.modelName());
		params.put("unit", event.unitId());
		params.put("place", event.placeId());
		params.put("started", event.startedOn());
		params.put("status", event.status());
		params.put("version", event.version());
		FeedRows.upsert(this.jdbc,
				"""
						INSERT INTO report_programs_deployment (deployment_id, model_code, model_name, unit_id, place_id, started_on, status,
						  version)
						VALUES (:id, :code, :name, :unit, :place, :started, :status, :version) ON CONFLICT DO NOTHING""",
				"""
						UPDATE report_programs_deployment SET model_code = :code, model_name = :name, unit_id = :unit,
						  place_id = :place, started_on = :started, status = :status, version = :version WHERE deployment_id = :id AND version < :version""",
				params);
	}

	@ApplicationModuleListener
	void on(KeyAreaChanged event) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", event.keyAreaId());
		params.put("unit", event.unitId());
		params.put("kind", event.kind());
		params.put("year", event.year());
		params.put("status", event.status());
		params.put("evaluated", event.evaluatedOn());
		params.put("version", event.version());
		FeedRows.upsert(this.jdbc,
				"""
						INSERT INTO report_programs_key_area (key_area_id, unit_id, kind, area_year, status, evaluated_on, version)
						VALUES (:id, :unit, :kind, :year, :status, :evaluated, :version) ON CONFLICT DO NOTHING""",
				"""
						UPDATE report_programs_key_area SET unit_id = :unit, kind = :kind, area_year = :year, status = :status,
						  evaluated_on = :evaluated, version = :version WHERE key_area_id = :id AND version < :version""",
				params);
	}

	@ApplicationModuleListener
	void on(ScorecardChanged event) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", event.scorecardId());
		params.put("unit", event.unitId());
		params.put("code", event.setCode());
		params.put("name", event.setName());
		params.put("period", event.period());
		params.put("status", event.status());
		params.put("score", event.score());
		params.put("met", event.allMet());
		params.put("number", event.recognitionNumber());
		params.put("recognised", event.recognisedOn());
		params.put("version", event.version());
		FeedRows.upsert(this.jdbc, """
				INSERT INTO report_programs_scorecard (scorecard_id, unit_id, set_code, set_name, period, status, score,
				  all_met, recognition_number, recognised_on, version)
				VALUES (:id, :unit, :code, :name, :period, :status, :score, :met, :number, :recognised, :version)
				ON CONFLICT DO NOTHING""",
				"""
						UPDATE report_programs_scorecard SET unit_id = :unit, set_code = :code, set_name = :name, period = :period,
						  status = :status, score = :score, all_met = :met, recognition_number = :number,
						  recognised_on = :recognised, version = :version WHERE scorecard_id = :id AND version < :version""",
				params);
	}

}

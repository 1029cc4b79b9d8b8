package vn.lachan.programs.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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

import vn.lachan.programs.PlanLink;
import vn.lachan.programs.internal.Plan.PlanKind;
import vn.lachan.programs.internal.Plan.Task;

/**
 * Plans and directives, their tasks, links and documents.
 */
@Component
class PlanQueries {

	private static final String PLAN = "SELECT id, unit_id, kind, issuer, number, issued_on, title, document_name,"
			+ " document_sha256 FROM programs_plan";

	private final JdbcClient jdbc;

	PlanQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long unitId, PlanInput input, Instant at) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO programs_plan (unit_id, kind, issuer, number, issued_on, title, created_at)
				VALUES (:unit, :kind, :issuer, :number, :issued, :title, :at)
				""")
			.param("unit", unitId)
			.param("kind", input.kind().name())
			.param("issuer", input.issuer().strip())
			.param("number", input.number().strip())
			.param("issued", input.issuedOn())
			.param("title", input.title().strip())
			.param("at", Timestamp.from(at))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		int position = 0;
		for (PlanInput.TaskInput task : (input.tasks() == null) ? List.<PlanInput.TaskInput>of() : input.tasks()) {
			this.jdbc.sql("""
					INSERT INTO programs_task (plan_id, position, title, responsible_unit_id, due_on)
					VALUES (:plan, :position, :title, :unit, :due)
					""")
				.param("plan", id)
				.param("position", position++)
				.param("title", task.title().strip())
				.param("unit", task.responsibleUnitId())
				.param("due", task.dueOn())
				.update();
		}
		return id;
	}

	void insertLink(long planId, String module, String recordType, long recordId) {
		this.jdbc.sql("""
				INSERT INTO programs_plan_link (plan_id, module, record_type, record_id)
				SELECT :plan, :module, :type, :record WHERE NOT EXISTS (
				  SELECT 1 FROM programs_plan_link WHERE plan_id = :plan AND module = :module AND record_type = :type
				  AND record_id = :record)
				""")
			.param("plan", planId)
			.param("module", module)
			.param("type", recordType)
			.param("record", recordId)
			.update();
	}

	void completeTask(long taskId, LocalDate doneOn) {
		this.jdbc.sql("UPDATE programs_task SET done_on = :done WHERE id = :id")
			.param("done", doneOn)
			.param("id", taskId)
			.update();
	}

	void storeDocument(long planId, String name, String sha256, byte[] content) {
		this.jdbc
			.sql("""
					UPDATE programs_plan SET document_name = :name, document_sha256 = :sha, document = :content WHERE id = :id
					""")
			.param("name", name)
			.param("sha", sha256)
			.param("content", content)
			.param("id", planId)
			.update();
	}

	Optional<byte[]> document(long planId) {
		return this.jdbc.sql("SELECT document FROM programs_plan WHERE id = :id AND document IS NOT NULL")
			.param("id", planId)
			.query((rs, row) -> rs.getBytes(1))
			.optional();
	}

	/** Counts one more change of the record and answers its version. */
	int bump(long id) {
		this.jdbc.sql("UPDATE programs_plan SET version = version + 1 WHERE id = :id").param("id", id).update();
		return this.jdbc.sql("SELECT version FROM programs_plan WHERE id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	Optional<Plan> plan(long id) {
		return this.jdbc.sql(PLAN + " WHERE id = :id").param("id", id).query(this::row).optional();
	}

	Optional<Plan> plan(String issuer, String number, LocalDate issuedOn) {
		return this.jdbc.sql(PLAN + " WHERE issuer = :issuer AND number = :number AND issued_on = :issued")
			.param("issuer", issuer)
			.param("number", number)
			.param("issued", issuedOn)
			.query(this::row)
			.optional();
	}

	List<Plan> plans() {
		return this.jdbc.sql(PLAN + " ORDER BY issued_on DESC, id DESC").query(this::row).list();
	}

	/**
	 * One page of the plans of these units or with a task for one of them ({@code null}:
	 * every plan).
	 */
	PageResult<Plan> plans(List<Long> unitIds, PageQuery page) {
		Map<String, Object> params = new HashMap<>();
		String select = PLAN;
		if (unitIds != null) {
			select += " WHERE unit_id IN (:units) OR EXISTS (SELECT 1 FROM programs_task t"
					+ " WHERE t.plan_id = programs_plan.id AND t.responsible_unit_id IN (:units))";
			params.put("units", unitIds.isEmpty() ? List.of(-1L) : unitIds);
		}
		return SqlPages.page(this.jdbc, select, "ORDER BY issued_on DESC, id DESC", params, this::row, page);
	}

	List<PlanLink> linksTo(String module, String recordType, long recordId) {
		return this.jdbc.sql("""
				SELECT plan_id, module, record_type, record_id FROM programs_plan_link
				WHERE module = :module AND record_type = :type AND record_id = :record ORDER BY plan_id
				""")
			.param("module", module)
			.param("type", recordType)
			.param("record", recordId)
			.query((rs, row) -> new PlanLink(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
			.list();
	}

	private Plan row(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		List<Task> tasks = this.jdbc
			.sql("""
					SELECT id, title, responsible_unit_id, due_on, done_on FROM programs_task WHERE plan_id = :id ORDER BY position
					""")
			.param("id", id)
			.query((r, n) -> new Task(r.getLong(1), r.getString(2), r.getLong(3), r.getObject(4, LocalDate.class),
					r.getObject(5, LocalDate.class)))
			.list();
		List<PlanLink> links = this.jdbc.sql("""
				SELECT plan_id, module, record_type, record_id FROM programs_plan_link WHERE plan_id = :id ORDER BY id
				""")
			.param("id", id)
			.query((r, n) -> new PlanLink(r.getLong(1), r.getString(2), r.getString(3), r.getLong(4)))
			.list();
		return new Plan(id, rs.getLong("unit_id"), PlanKind.valueOf(rs.getString("kind")), rs.getString("issuer"),
				rs.getString("number"), rs.getObject("issued_on", LocalDate.class), rs.getString("title"),
				rs.getString("document_name"), rs.getString("document_sha256"), tasks, links);
	}

}

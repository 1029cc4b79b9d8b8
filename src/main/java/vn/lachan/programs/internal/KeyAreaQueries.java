package vn.lachan.programs.internal;

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
 * Key areas and their entered indicators.
 */
@Component
class KeyAreaQueries {

	private final JdbcClient jdbc;

	KeyAreaQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(KeyAreaInput input) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					INSERT INTO programs_key_area (unit_id, kind, decision_number, decided_on, issuer, area_year, polygon, measures, status)
					VALUES (:unit, :kind, :number, :decided, :issuer, :year, :polygon, :measures, 'DESIGNATED')
					""")
			.param("unit", input.unitId())
			.param("kind", input.kind())
			.param("number", input.decisionNumber().strip())
			.param("decided", input.decidedOn())
			.param("issuer", input.issuer().strip())
			.param("year", input.year())
			.param("polygon", input.polygon())
			.param("measures", input.measures())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void update(KeyArea area) {
		this.jdbc
			.sql("""
					UPDATE programs_key_area SET measures = :measures, status = :status, evaluation_number = :number,
					  evaluated_on = :evaluated, evaluation_note = :note, relapse_note = :relapse, relapse_checked_on = :checked,
					  version = version + 1
					WHERE id = :id
					""")
			.param("measures", area.measures())
			.param("status", area.status().name())
			.param("number", area.evaluationNumber())
			.param("evaluated", area.evaluatedOn())
			.param("note", area.evaluationNote())
			.param("relapse", area.relapseNote())
			.param("checked", area.relapseCheckedOn())
			.param("id", area.id())
			.update();
	}

	void addIndicator(long keyAreaId, EnteredIndicator indicator) {
		this.jdbc.sql("""
				INSERT INTO programs_key_area_indicator (key_area_id, name, baseline, current_value, source)
				VALUES (:area, :name, :baseline, :current, :source)
				""")
			.param("area", keyAreaId)
			.param("name", indicator.name().strip())
			.param("baseline", indicator.baseline())
			.param("current", indicator.current())
			.param("source", indicator.source())
			.update();
	}

	List<EnteredIndicator> indicators(long keyAreaId) {
		return this.jdbc
			.sql("""
					SELECT name, baseline, current_value, source FROM programs_key_area_indicator WHERE key_area_id = :id ORDER BY id
					""")
			.param("id", keyAreaId)
			.query((rs, row) -> new EnteredIndicator(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
					rs.getString(4)))
			.list();
	}

	/** Counts one more change of the record and answers its version. */
	int bump(long id) {
		this.jdbc.sql("UPDATE programs_key_area SET version = version + 1 WHERE id = :id").param("id", id).update();
		return this.jdbc.sql("SELECT version FROM programs_key_area WHERE id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	Optional<KeyArea> find(long id) {
		return this.jdbc.sql("SELECT * FROM programs_key_area WHERE id = :id")
			.param("id", id)
			.query(this::row)
			.optional();
	}

	List<KeyArea> all() {
		return this.jdbc.sql("SELECT * FROM programs_key_area ORDER BY area_year, id").query(this::row).list();
	}

	/** One page of the key areas of these units ({@code null}: every unit). */
	PageResult<KeyArea> page(List<Long> unitIds, PageQuery page) {
		Map<String, Object> params = new HashMap<>();
		String select = "SELECT * FROM programs_key_area";
		if (unitIds != null) {
			select += " WHERE unit_id IN (:units)";
			params.put("units", unitIds.isEmpty() ? List.of(-1L) : unitIds);
		}
		return SqlPages.page(this.jdbc, select, "ORDER BY area_year, id", params, this::row, page);
	}

	private KeyArea row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new KeyArea(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("kind"),
				rs.getString("decision_number"), rs.getObject("decided_on", LocalDate.class), rs.getString("issuer"),
				rs.getInt("area_year"), rs.getString("polygon"), rs.getString("measures"),
				KeyAreaStatus.valueOf(rs.getString("status")), rs.getString("evaluation_number"),
				rs.getObject("evaluated_on", LocalDate.class), rs.getString("evaluation_note"),
				rs.getString("relapse_note"), rs.getObject("relapse_checked_on", LocalDate.class));
	}

}

package vn.lachan.territory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.lachan.shared.text.VietnameseText;

/**
 * Loads the administrative units of Nam Định city from the reference snapshots in
 * {@code territory/reference}: units with their validity periods, and the 2025
 * successions.
 */
@Component
class V2__TerritoryReferenceUnits extends BaseJavaMigration {

	private static final String FOLDER = "territory/reference/";

	@Override
	public void migrate(Context context) throws Exception {
		ReferenceUnitPlan plan;
		try (InputStream snapshots = open("snapshots.csv");
				InputStream acts = open("acts.csv");
				InputStream successions = open("successions.csv")) {
			plan = ReferenceUnitPlan.read(snapshots, acts, successions);
		}
		Connection connection = context.getConnection();
		Map<ReferenceUnitPlan.Key, Long> ids = new HashMap<>();
		String insertUnit = """
				INSERT INTO admin_unit (code, name, name_folded, kind, unit_level, parent_id, valid_from, valid_to, legal_act)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
		try (PreparedStatement statement = connection.prepareStatement(insertUnit, new String[] { "id" })) {
			for (ReferenceUnitPlan.PlannedUnit unit : plan.units()) {
				statement.setString(1, unit.key.code());
				statement.setString(2, unit.key.name());
				statement.setString(3, VietnameseText.fold(unit.key.name()));
				statement.setString(4, unit.kind.name());
				statement.setString(5, unit.level.name());
				if (unit.parent != null) {
					statement.setLong(6, ids.get(unit.parent));
				}
				else {
					statement.setNull(6, Types.BIGINT);
				}
				statement.setDate(7, (unit.validFrom != null) ? Date.valueOf(unit.validFrom) : null);
				statement.setDate(8, (unit.validTo != null) ? Date.valueOf(unit.validTo) : null);
				statement.setString(9, unit.legalAct);
				statement.executeUpdate();
				ids.put(unit.key, generatedId(statement));
			}
		}
		String insertSuccession = """
				INSERT INTO admin_unit_succession (predecessor_id, successor_id, kind, effective_on, legal_act)
				VALUES (?, ?, ?, ?, ?)""";
		try (PreparedStatement statement = connection.prepareStatement(insertSuccession)) {
			for (ReferenceUnitPlan.PlannedSuccession succession : plan.successions()) {
				statement.setLong(1, ids.get(succession.predecessor()));
				statement.setLong(2, ids.get(succession.successor()));
				statement.setString(3, succession.kind().name());
				statement.setDate(4, Date.valueOf(succession.effectiveOn()));
				statement.setString(5, succession.legalAct());
				statement.addBatch();
			}
			statement.executeBatch();
		}
	}

	private static long generatedId(PreparedStatement statement) throws SQLException {
		try (ResultSet keys = statement.getGeneratedKeys()) {
			keys.next();
			return keys.getLong(1);
		}
	}

	private static InputStream open(String name) throws IOException {
		return new ClassPathResource(FOLDER + name).getInputStream();
	}

}

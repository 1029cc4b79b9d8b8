package vn.lachan.mediation.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.springframework.stereotype.Component;

import vn.lachan.shared.crypto.FieldEncryptor;

/**
 * Part b of a written agreement names the parties: it moves from plain text to an
 * encrypted column ({@code parties_encrypted}), existing agreements sealed with the
 * current key, and the plain column is dropped.
 */
@Component
class V202612050100__MediationAgreementPartiesEncrypted extends BaseJavaMigration {

	private final FieldEncryptor encryptor;

	V202612050100__MediationAgreementPartiesEncrypted(FieldEncryptor encryptor) {
		this.encryptor = encryptor;
	}

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement statement = connection.createStatement()) {
			// 1,000 characters of Vietnamese, sealed and in base64
			statement.execute("ALTER TABLE mediation_agreement ADD COLUMN parties_encrypted VARCHAR(4500)");
		}
		Map<Long, String> plain = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT case_id, parties FROM mediation_agreement")) {
			while (rows.next()) {
				plain.put(rows.getLong(1), rows.getString(2));
			}
		}
		try (PreparedStatement update = connection
			.prepareStatement("UPDATE mediation_agreement SET parties_encrypted = ? WHERE case_id = ?")) {
			for (Map.Entry<Long, String> row : plain.entrySet()) {
				update.setString(1, this.encryptor.encrypt(row.getValue()));
				update.setLong(2, row.getKey());
				update.addBatch();
			}
			update.executeBatch();
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("ALTER TABLE mediation_agreement ALTER COLUMN parties_encrypted SET NOT NULL");
			statement.execute("ALTER TABLE mediation_agreement DROP COLUMN parties");
		}
	}

}

package vn.lachan.residence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.springframework.stereotype.Component;

import vn.lachan.shared.crypto.FieldEncryptor;

/**
 * Guests' and temporary residents' names encrypted at rest, like their ID numbers: every
 * stored name is sealed with the current field-encryption key ({@code full_name}), and
 * the folded name that served the exact search by name and date of birth is replaced by
 * its blind index ({@code name_index}); no plain name is left in the database. Rows go in
 * batches of {@value #BATCH}, by id.
 */
@Component
class V202612050000__ResidenceGuestNamesEncrypted extends BaseJavaMigration {

	static final int BATCH = 1000;

	private final FieldEncryptor encryptor;

	V202612050000__ResidenceGuestNamesEncrypted(FieldEncryptor encryptor) {
		this.encryptor = encryptor;
	}

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		for (String table : new String[] { "stay", "temporary_residence" }) {
			encrypt(connection, table);
		}
	}

	private void encrypt(Connection connection, String table) throws SQLException {
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("ALTER TABLE " + table + " ADD COLUMN name_index VARCHAR(64)");
			// a sealed name of 200 Vietnamese letters (3 bytes each in UTF-8) takes 840
			ddl.execute("ALTER TABLE " + table + " ALTER COLUMN full_name SET DATA TYPE VARCHAR(1000)");
		}
		String select = "SELECT id, full_name, name_folded FROM " + table + " WHERE id > ? ORDER BY id FETCH FIRST "
				+ BATCH + " ROWS ONLY";
		String update = "UPDATE " + table + " SET full_name = ?, name_index = ? WHERE id = ?";
		long last = Long.MIN_VALUE;
		try (PreparedStatement rows = connection.prepareStatement(select);
				PreparedStatement write = connection.prepareStatement(update)) {
			int read;
			do {
				read = 0;
				rows.setLong(1, last);
				try (ResultSet rs = rows.executeQuery()) {
					while (rs.next()) {
						last = rs.getLong(1);
						write.setString(1, this.encryptor.encrypt(rs.getString(2)));
						write.setString(2, this.encryptor.blindIndex(rs.getString(3)));
						write.setLong(3, last);
						write.addBatch();
						read++;
					}
				}
				if (read > 0) {
					write.executeBatch();
				}
			}
			while (read == BATCH);
		}
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("ALTER TABLE " + table + " ALTER COLUMN name_index SET NOT NULL");
			ddl.execute("DROP INDEX " + table + "_name");
			ddl.execute("ALTER TABLE " + table + " DROP COLUMN name_folded");
			ddl.execute("CREATE INDEX " + table + "_name ON " + table + " (name_index, birth_date)");
		}
	}

}

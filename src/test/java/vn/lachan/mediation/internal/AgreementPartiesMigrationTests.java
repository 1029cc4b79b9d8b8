package vn.lachan.mediation.internal;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

import vn.lachan.shared.crypto.FieldEncryptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The migration sealing part b of existing written agreements: the plain text is gone,
 * the sealed value decrypts to it, and the new column refuses an agreement without it.
 */
class AgreementPartiesMigrationTests {

	private final FieldEncryptor encryptor = new FieldEncryptor(key(), key());

	@Test
	void existingAgreementsAreSealedAndThePlainColumnDropped() throws Exception {
		try (Connection connection = DriverManager
			.getConnection("jdbc:h2:mem:agreement-parties;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE")) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("CREATE TABLE mediation_agreement (case_id BIGINT PRIMARY KEY,"
						+ " grounds VARCHAR(1000) NOT NULL, parties VARCHAR(1000) NOT NULL)");
				statement.execute("INSERT INTO mediation_agreement VALUES (7, 'Các bên yêu cầu',"
						+ " 'Hộ ông Trần Văn Hùng và hộ bà Nguyễn Thị Lan')");
			}
			new V202612050100__MediationAgreementPartiesEncrypted(this.encryptor).migrate(context(connection));
			try (Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("SELECT * FROM mediation_agreement")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getMetaData().getColumnCount()).isEqualTo(3);
				String sealed = rows.getString("parties_encrypted");
				assertThat(sealed).doesNotContain("Trần Văn Hùng");
				assertThat(this.encryptor.decrypt(sealed)).isEqualTo("Hộ ông Trần Văn Hùng và hộ bà Nguyễn Thị Lan");
				assertThat(rows.next()).isFalse();
			}
			try (Statement statement = connection.createStatement()) {
				assertThatThrownBy(() -> statement
					.execute("INSERT INTO mediation_agreement (case_id, grounds)" + " VALUES (8, 'Các bên yêu cầu')"))
					.message()
					.containsIgnoringCase("parties_encrypted");
			}
		}
	}

	private static Context context(Connection connection) {
		return new Context() {

			@Override
			public Configuration getConfiguration() {
				return null;
			}

			@Override
			public Connection getConnection() {
				return connection;
			}

		};
	}

	private static byte[] key() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return key;
	}

}

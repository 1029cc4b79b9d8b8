package vn.lachan.residence.internal;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lachan.shared.crypto.FieldEncryptor;
import vn.lachan.shared.text.VietnameseText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration that encrypts guests' names, on a database of the residence schema as it
 * was before it, holding plain names in more rows than one batch: afterwards every name
 * is sealed, opens to what it was, has its blind index, and the plain folded name is
 * gone.
 */
class GuestNamesMigrationTests {

	private final FieldEncryptor encryptor = new FieldEncryptor(key(), key());

	@Test
	void everyStoredNameIsSealedAndIndexedAndNoPlainNameIsLeft() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:guest-names-" + System.nanoTime()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		flyway(dataSource, "202611290711").migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		jdbc.sql("""
				INSERT INTO accommodation (id, kind, name, address, unit_id, rooms, beds, foreign_guests, created_at)
				VALUES (1, 'MOTEL', 'Nhà nghỉ Hoa Sen', '12 Trần Hưng Đạo', 7, 10, 20, FALSE, CURRENT_TIMESTAMP)""")
			.update();
		jdbc.sql("""
				INSERT INTO stay_notification (id, receipt_number, accommodation_id, unit_id, channel, notified_at)
				VALUES (1, 'LT220301-AAAAAA', 1, 7, 'WEB', CURRENT_TIMESTAMP)""").update();
		int guests = V202612050000__ResidenceGuestNamesEncrypted.BATCH + 5;
		for (int i = 0; i < guests; i++) {
			String name = "Nguyễn Thị Hằng " + i;
			jdbc.sql("""
					INSERT INTO stay (notification_id, accommodation_id, unit_id, full_name, name_folded, birth_date,
					    nationality, foreigner, document_kind, document_number, document_index, arrived_at, deadline_at,
					    notified_at, late_minutes)
					VALUES (1, 1, 7, :name, :folded, DATE '1990-05-01', 'VN', FALSE, 'CCCD', 'v1:x', :idx,
					    CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)""")
				.param("name", name)
				.param("folded", VietnameseText.fold(name))
				.param("idx", "i" + i)
				.update();
		}
		jdbc.sql("""
				INSERT INTO temporary_residence (full_name, name_folded, birth_date, document_number, document_index,
				    address, unit_id, starts_on, ends_on, status, created_at)
				VALUES ('Phạm Văn Đức', 'pham van duc', DATE '1985-01-02', 'v1:x', 'i', 'Khu trọ A', 7,
				    DATE '2022-01-01', DATE '2023-01-01', 'ACTIVE', CURRENT_TIMESTAMP)""").update();

		flyway(dataSource, "202612050000").migrate();

		List<Map<String, Object>> stays = jdbc.sql("SELECT id, full_name, name_index FROM stay ORDER BY id")
			.query()
			.listOfRows();
		assertThat(stays).hasSize(guests);
		for (int i = 0; i < guests; i++) {
			String sealed = (String) stays.get(i).get("full_name");
			assertThat(sealed).startsWith("v1:").doesNotContain("Hằng");
			String name = this.encryptor.decrypt(sealed);
			assertThat(name).isEqualTo("Nguyễn Thị Hằng " + i);
			assertThat(stays.get(i).get("name_index")).isEqualTo(this.encryptor.blindIndex(VietnameseText.fold(name)));
		}
		Map<String, Object> resident = jdbc.sql("SELECT full_name, name_index FROM temporary_residence")
			.query()
			.singleRow();
		assertThat(this.encryptor.decrypt((String) resident.get("full_name"))).isEqualTo("Phạm Văn Đức");
		assertThat(resident.get("name_index")).isEqualTo(this.encryptor.blindIndex("pham van duc"));
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM information_schema.columns
				WHERE table_name IN ('stay', 'temporary_residence') AND column_name = 'name_folded'""")
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM stay WHERE name_index = :idx AND birth_date = :birth")
			.param("idx", this.encryptor.blindIndex(VietnameseText.fold("nguyen thi hang 7")))
			.param("birth", LocalDate.of(1990, 5, 1))
			.query(Long.class)
			.single()).isOne();
	}

	private Flyway flyway(JdbcDataSource dataSource, String target) {
		return Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration/common/residence")
			.javaMigrations(new V202612050000__ResidenceGuestNamesEncrypted(this.encryptor))
			.target(target)
			.load();
	}

	private static byte[] key() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return key;
	}

}

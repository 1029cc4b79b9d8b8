package vn.lachan.shared.crypto;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Key rotation over the demo's real tables: every declared column is sealed again with
 * the new key and still says what it said; the old key alone can no longer read it; and
 * no table holds encrypted values in a column nobody declared. Each test rolls back, so
 * the database stays readable with the configured key for the other tests.
 */
@SpringBootTest
// the MockMvc context of the other integration tests, so that the context cache reuses it
@AutoConfigureMockMvc
@Transactional
class FieldReencryptionIntegrationTests {

	/** Encrypted values that expire within 24 hours and are never re-encrypted. */
	private static final Set<String> NOT_ROTATED = Set.of("shared_idempotency_key.body");

	/** The month and default partitions of a partitioned table (shared.partitioning). */
	private static final Pattern PARTITION = Pattern.compile(".+_(p\\d{4}_\\d{2}|default)");

	@Autowired
	FieldEncryptor configured;

	@Autowired
	FieldReencryption reencryption;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void everyColumnHoldingEncryptedValuesIsDeclared() {
		Set<String> declared = new TreeSet<>();
		this.reencryption.tables().forEach((t) -> t.columns().forEach((c) -> declared.add(t.table() + "." + c)));
		Set<String> found = new TreeSet<>();
		for (String[] column : textColumns()) {
			long sealed = this.jdbc.sql("SELECT COUNT(*) FROM " + column[0] + " WHERE " + column[1] + " LIKE 'v1:%'")
				.query(Long.class)
				.single();
			if (sealed > 0) {
				found.add(column[0] + "." + column[1]);
			}
		}
		found.removeAll(NOT_ROTATED);
		assertThat(found).as("columns with encrypted demo values").isNotEmpty();
		assertThat(declared).containsAll(found);
	}

	@Test
	void aRotationSealsEveryValueAgainWithTheNewKeyAndKeepsWhatItSays() {
		Map<String, String> before = plainValues(this.configured);
		assertThat(before).hasSizeGreaterThan(50);
		FieldEncryptor rotated = this.configured.rotatedTo(2, randomKey());
		FieldReencryption rotation = new FieldReencryption(this.reencryption.tables(), rotated, this.jdbc,
				this.transactions);

		long rows = rotation.reencryptAll();

		assertThat(rows).isPositive();
		for (EncryptedColumns table : rotation.tables()) {
			assertThat(rotation.remaining(table)).as(table.table()).isZero();
		}
		assertThat(plainValues(rotated)).isEqualTo(before);
		String sample = this.jdbc.sql("SELECT document_number FROM stay FETCH FIRST 1 ROWS ONLY")
			.query(String.class)
			.single();
		assertThat(sample).startsWith("v2:");
		assertThatThrownBy(() -> this.configured.decrypt(sample)).isInstanceOf(IllegalArgumentException.class);
		assertThat(rotation.reencryptAll()).isZero();
	}

	@Test
	void aMissingRetiredKeyStopsTheJobAndNamesTheRowNotTheValue() {
		FieldEncryptor withoutOldKey = this.configured.onlyWith(2, randomKey());
		FieldReencryption rotation = new FieldReencryption(this.reencryption.tables(), withoutOldKey, this.jdbc,
				this.transactions);
		assertThatThrownBy(rotation::reencryptAll).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("retired key");
	}

	private Map<String, String> plainValues(FieldEncryptor encryptor) {
		Map<String, String> values = new HashMap<>();
		for (EncryptedColumns table : this.reencryption.tables()) {
			String sql = "SELECT " + table.keyColumn() + ", " + String.join(", ", table.columns()) + " FROM "
					+ table.table();
			this.jdbc.sql(sql).query((rs) -> {
				for (int i = 0; i < table.columns().size(); i++) {
					String stored = rs.getString(i + 2);
					if (stored != null) {
						values.put(table.table() + "." + table.columns().get(i) + "#" + rs.getObject(1),
								encryptor.decrypt(stored));
					}
				}
			});
		}
		return values;
	}

	private List<String[]> textColumns() {
		List<String[]> columns = new ArrayList<>();
		this.jdbc.sql("""
				SELECT table_name, column_name FROM information_schema.columns
				WHERE table_schema = CURRENT_SCHEMA
				  AND LOWER(data_type) IN ('character varying', 'varchar', 'text', 'character large object')
				""").query((rs) -> {
			if (PARTITION.matcher(rs.getString(1).toLowerCase(Locale.ROOT)).matches()) {
				// a month partition on PostgreSQL: its partitioned table is declared
				return;
			}
			columns.add(new String[] { rs.getString(1).toLowerCase(Locale.ROOT),
					rs.getString(2).toLowerCase(Locale.ROOT) });
		});
		return columns;
	}

	private static byte[] randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return key;
	}

}

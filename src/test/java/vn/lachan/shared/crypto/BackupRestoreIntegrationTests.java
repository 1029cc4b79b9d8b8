package vn.lachan.shared.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bin/backup.sh} and {@code bin/restore.sh} end to end on PostgreSQL (tag
 * {@code postgres}: CI's PostgreSQL pass runs it; pg_dump and pg_restore are needed, and
 * the role may create databases): the restored database's encrypted values decrypt, with
 * the keys unsealed from the same backup, to what the original says; a wrong passphrase
 * restores nothing and gives no keys.
 */
@Tag("postgres")
@SpringBootTest
// the MockMvc context of the other integration tests, so that the context cache reuses it
@AutoConfigureMockMvc
class BackupRestoreIntegrationTests {

	private static final String PASSPHRASE = "Sao lưu Lá Chắn 2022";

	@Autowired
	FieldEncryptor configured;

	@Autowired
	FieldReencryption reencryption;

	@Autowired
	JdbcClient jdbc;

	@Value("${spring.datasource.url}")
	String url;

	@Value("${spring.datasource.username}")
	String user;

	@Value("${spring.datasource.password}")
	String password;

	@Value("${lachan.crypto.encryption-key:}")
	String encryptionKey;

	@Value("${lachan.crypto.index-key:}")
	String indexKey;

	@Value("${lachan.data-dir}")
	String dataDir;

	@Test
	void aRestoredDatabaseDecryptsWithTheKeysOfItsBackup(@TempDir Path backups) throws Exception {
		assertThat(this.url).startsWith("jdbc:postgresql://");
		String name = lastLine(run(backups, Map.of("LACHAN_DB_URL", this.url), "bin/backup.sh", backups.toString()));
		assertThat(Path.of(name + ".dump")).isNotEmptyFile();
		assertThat(Files.readString(Path.of(name + ".keys.enc"), StandardCharsets.ISO_8859_1))
			.doesNotContain(keys()[0]);

		String target = "lachan_restore_" + System.nanoTime();
		this.jdbc.sql("CREATE DATABASE " + target).update();
		try {
			String targetUrl = this.url.replaceFirst("/[^/?]+(\\?.*)?$", "/" + target);
			Path wrongKeys = backups.resolve("wrong.env");
			Result refused = start(backups, Map.of("LACHAN_DB_URL", targetUrl, "LACHAN_BACKUP_PASSPHRASE", "sai"),
					"bin/restore.sh", name, wrongKeys.toString());
			assertThat(refused.exit()).as(refused.output()).isNotZero();
			assertThat(wrongKeys).doesNotExist();

			Path keysFile = backups.resolve("keys.env");
			run(backups, Map.of("LACHAN_DB_URL", targetUrl), "bin/restore.sh", name, keysFile.toString());
			FieldEncryptor restoredKeys = encryptorFrom(keysFile);
			DriverManagerDataSource restored = new DriverManagerDataSource(targetUrl, this.user, this.password);
			Map<String, String> original = plainValues(this.jdbc, this.configured);
			assertThat(original).hasSizeGreaterThan(50);
			assertThat(plainValues(JdbcClient.create(restored), restoredKeys)).isEqualTo(original);
		}
		finally {
			this.jdbc.sql("DROP DATABASE IF EXISTS " + target + " WITH (FORCE)").update();
		}
	}

	private Map<String, String> plainValues(JdbcClient db, FieldEncryptor encryptor) {
		Map<String, String> values = new HashMap<>();
		for (EncryptedColumns table : this.reencryption.tables()) {
			db.sql("SELECT " + table.keyColumn() + ", " + String.join(", ", table.columns()) + " FROM " + table.table())
				.query((rs) -> {
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

	private static FieldEncryptor encryptorFrom(Path keysFile) throws IOException {
		Properties keys = new Properties();
		try (var in = Files.newBufferedReader(keysFile)) {
			keys.load(in);
		}
		int version = Integer.parseInt(keys.getProperty("LACHAN_ENCRYPTION_KEY_VERSION"));
		Map<Integer, byte[]> all = FieldEncryptionConfiguration
			.retiredKeys(keys.getProperty("LACHAN_RETIRED_ENCRYPTION_KEYS"));
		all.put(version, java.util.Base64.getDecoder().decode(keys.getProperty("LACHAN_ENCRYPTION_KEY")));
		return new FieldEncryptor(version, all,
				java.util.Base64.getDecoder().decode(keys.getProperty("LACHAN_INDEX_KEY")));
	}

	/**
	 * The keys the application runs with: configured, or the development key of its data
	 * directory.
	 */
	private String[] keys() throws IOException {
		if (!this.encryptionKey.isBlank()) {
			return new String[] { this.encryptionKey, this.indexKey };
		}
		return Files.readString(Path.of(this.dataDir, "keys", "field-keys")).strip().split("\\R");
	}

	private String run(Path dir, Map<String, String> env, String... command) throws Exception {
		Result result = start(dir, env, command);
		assertThat(result.exit()).as(String.join(" ", command) + ":\n" + result.output()).isZero();
		return result.output();
	}

	private Result start(Path dir, Map<String, String> env, String... command) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(List.of(command)).redirectErrorStream(true);
		String[] keys = keys();
		builder.environment()
			.putAll(Map.of("LACHAN_DB_USER", this.user, "LACHAN_DB_PASSWORD", this.password, "LACHAN_ENCRYPTION_KEY",
					keys[0], "LACHAN_INDEX_KEY", keys[1], "LACHAN_BACKUP_PASSPHRASE", PASSPHRASE));
		builder.environment().putAll(env);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
		return new Result(process.exitValue(), output);
	}

	private record Result(int exit, String output) {
	}

	private static String lastLine(String output) {
		String[] lines = output.strip().split("\\R");
		return lines[lines.length - 1];
	}

}

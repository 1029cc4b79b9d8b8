package vn.lachan.access;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh, empty database for a test of a new installation: an in-memory H2 database of
 * its own, or on PostgreSQL (profile {@code postgres}) a schema of its own in the test
 * database, which Flyway creates. Never the demo data; the encryption keys a real
 * installation must configure.
 */
final class FirstRunDatabase {

	private FirstRunDatabase() {
	}

	static String register(DynamicPropertyRegistry registry) {
		String name = "first_run_" + UUID.randomUUID().toString().substring(0, 8);
		String profiles = System.getProperty("spring.profiles.active", "");
		if (profiles.toLowerCase(Locale.ROOT).contains("postgres")) {
			String url = System.getenv().getOrDefault("LACHAN_DB_URL", "jdbc:postgresql://localhost:5432/lachan");
			registry.add("spring.datasource.url",
					() -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name);
			registry.add("spring.flyway.schemas", () -> name);
		}
		else {
			registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		}
		registry.add("lachan.demo-data", () -> "false");
		registry.add("lachan.crypto.encryption-key", FirstRunDatabase::key);
		registry.add("lachan.crypto.index-key", FirstRunDatabase::key);
		return name;
	}

	private static String key() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

}

package vn.lachan.reports.periodic;

import java.util.Locale;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A database of the periodic report's tests alone, holding the demo data and nothing the
 * other tests add (teams, members, violations of today that would change the article's
 * figures): an in-memory H2 database of its own, or on PostgreSQL (profile
 * {@code postgres}) a schema of its own in the test database, which Flyway creates.
 */
final class PeriodicReportDatabase {

	static final String NAME = "periodic_report";

	private PeriodicReportDatabase() {
	}

	static void register(DynamicPropertyRegistry registry) {
		String profiles = System.getProperty("spring.profiles.active", "");
		if (profiles.toLowerCase(Locale.ROOT).contains("postgres")) {
			String url = System.getenv().getOrDefault("LACHAN_DB_URL", "jdbc:postgresql://localhost:5432/lachan");
			registry.add("spring.datasource.url",
					() -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + NAME);
			registry.add("spring.flyway.schemas", () -> NAME);
		}
		else {
			registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + NAME
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		}
		registry.add("lachan.demo-data", () -> "true");
	}

}

package vn.lachan.access.internal;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clean-up deletes expired sessions and keeps live ones, and it runs under its
 * ShedLock lock, so that only one instance runs it at a time.
 */
@SpringBootTest
// the MockMvc context of the other integration tests, so that the context cache reuses it
@AutoConfigureMockMvc
class SessionCleanupIntegrationTests {

	@Autowired
	SessionCleanup cleanup;

	@Autowired
	JdbcClient jdbc;

	@Test
	void deletesExpiredSessionsUnderItsLock() {
		long now = System.currentTimeMillis();
		String expired = session(now - 3_600_000);
		String live = session(now + 3_600_000);

		this.cleanup.cleanUp();

		assertThat(exists(expired)).isFalse();
		assertThat(exists(live)).isTrue();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM shedlock WHERE name = 'access-session-cleanup'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private String session(long expiryTime) {
		String id = UUID.randomUUID().toString();
		this.jdbc.sql("""
				INSERT INTO SPRING_SESSION (PRIMARY_ID, SESSION_ID, CREATION_TIME, LAST_ACCESS_TIME,
				  MAX_INACTIVE_INTERVAL, EXPIRY_TIME, PRINCIPAL_NAME)
				VALUES (:id, :session, :created, :created, 1800, :expiry, 'cleanup-test')""")
			.param("id", id)
			.param("session", UUID.randomUUID().toString())
			.param("created", expiryTime - 1_800_000)
			.param("expiry", expiryTime)
			.update();
		return id;
	}

	private boolean exists(String id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRIMARY_ID = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

}

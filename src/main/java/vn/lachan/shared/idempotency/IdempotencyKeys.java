package vn.lachan.shared.idempotency;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.lachan.shared.crypto.FieldEncryptor;

/**
 * The {@code shared_idempotency_key} table: a key is claimed by an insert under the
 * primary key (caller, key) before the request runs, so two concurrent requests cannot
 * both run; the first answer is then stored with its body encrypted (it may carry
 * personal data or a receipt's secret).
 */
@Component
class IdempotencyKeys {

	/** How long a key and its answer are kept. */
	static final Duration LIFETIME = Duration.ofHours(24);

	/**
	 * How long a claim without an answer holds its key: a request runs far shorter, so an
	 * older claim is one whose instance died under it (kill -9, a crash) and it would
	 * otherwise answer 409 to every retry for {@link #LIFETIME}; a retry takes it over
	 * and runs. A module that must not run a request twice even then keeps the key in the
	 * same transaction as its work (public tips keep it in {@code tip.idempotency_key}).
	 */
	static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(2);

	private final JdbcClient jdbc;

	private final FieldEncryptor encryptor;

	private final Clock clock;

	IdempotencyKeys(JdbcClient jdbc, FieldEncryptor encryptor, Clock clock) {
		this.jdbc = jdbc;
		this.encryptor = encryptor;
		this.clock = clock;
	}

	/**
	 * A stored key: its fingerprint and, once the first request has ended, its answer.
	 */
	record Entry(String fingerprint, Integer status, String contentType, String location, String body) {

		boolean completed() {
			return this.status != null;
		}

	}

	/**
	 * Claims a key; {@code true} if this request may run, {@code false} if the key is
	 * already known (a row that has expired but is not yet purged is replaced, and so is
	 * a claim without an answer older than {@link #CLAIM_TIMEOUT}).
	 */
	boolean claim(String caller, String key, String fingerprint) {
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				DELETE FROM shared_idempotency_key WHERE caller = :caller AND idem_key = :key
				AND (expires_at < :now OR (status IS NULL AND created_at < :abandoned))""")
			.param("caller", caller)
			.param("key", key)
			.param("now", Timestamp.from(now))
			.param("abandoned", Timestamp.from(now.minus(CLAIM_TIMEOUT)))
			.update();
		try {
			this.jdbc.sql("""
					INSERT INTO shared_idempotency_key (caller, idem_key, fingerprint, created_at, expires_at)
					VALUES (:caller, :key, :fingerprint, :now, :expires)""")
				.param("caller", caller)
				.param("key", key)
				.param("fingerprint", fingerprint)
				.param("now", Timestamp.from(now))
				.param("expires", Timestamp.from(now.plus(LIFETIME)))
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	Optional<Entry> find(String caller, String key) {
		return this.jdbc.sql("""
				SELECT fingerprint, status, content_type, location, body FROM shared_idempotency_key
				WHERE caller = :caller AND idem_key = :key""")
			.param("caller", caller)
			.param("key", key)
			.query((rs, row) -> new Entry(rs.getString("fingerprint"), (Integer) rs.getObject("status", Integer.class),
					rs.getString("content_type"), rs.getString("location"),
					(rs.getString("body") != null) ? this.encryptor.decrypt(rs.getString("body")) : null))
			.optional();
	}

	/** Stores the first answer of a claimed key. */
	void complete(String caller, String key, int status, String contentType, String location, String body) {
		this.jdbc.sql("""
				UPDATE shared_idempotency_key SET status = :status, content_type = :type, location = :location,
				body = :body WHERE caller = :caller AND idem_key = :key""")
			.param("status", status)
			.param("type", contentType)
			.param("location", location)
			.param("body", this.encryptor.encrypt(body))
			.param("caller", caller)
			.param("key", key)
			.update();
	}

	/** Gives a claimed key back, so that a corrected retry may run. */
	void release(String caller, String key) {
		this.jdbc.sql("DELETE FROM shared_idempotency_key WHERE caller = :caller AND idem_key = :key")
			.param("caller", caller)
			.param("key", key)
			.update();
	}

	/** Deletes every expired key; returns how many. */
	int deleteExpired() {
		return this.jdbc.sql("DELETE FROM shared_idempotency_key WHERE expires_at < :now")
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

}

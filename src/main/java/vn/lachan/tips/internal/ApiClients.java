package vn.lachan.tips.internal;

import java.time.Clock;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;

import vn.lachan.shared.crypto.RandomCodes;

/**
 * Open311 API clients registered by administrators. Keys are stored as hashes and shown
 * once.
 */
@Service
public class ApiClients {

	private final JdbcClient jdbc;

	private final Clock clock;

	ApiClients(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Registers a client and answers its key, shown once. */
	@Transactional
	public String register(CurrentUser user, String name) {
		if (!user.hasRole(Role.ADMIN)) {
			throw new AccessDeniedException("Administrators only");
		}
		String key = RandomCodes.hex(24);
		register(name, key);
		return key;
	}

	/** Registers a client with a known key (demo data); nothing if the key exists. */
	@Transactional
	void register(String name, String key) {
		if (findByKey(key).isPresent()) {
			return;
		}
		this.jdbc.sql("INSERT INTO tip_api_client (name, key_hash, enabled, created_at) VALUES (:n, :h, TRUE, :at)")
			.param("n", name)
			.param("h", ReceiptCodes.hash(key))
			.param("at", this.clock.instant().atOffset(java.time.ZoneOffset.UTC))
			.update();
	}

	/** The enabled client's name for this key. */
	@Transactional(readOnly = true)
	public Optional<String> findByKey(String key) {
		if (key == null || key.isBlank() || key.length() > 200) {
			return Optional.empty();
		}
		return this.jdbc.sql("SELECT name FROM tip_api_client WHERE key_hash = :h AND enabled = TRUE")
			.param("h", ReceiptCodes.hash(key))
			.query(String.class)
			.optional();
	}

}

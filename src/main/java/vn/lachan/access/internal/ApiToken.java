package vn.lachan.access.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import vn.lachan.shared.crypto.Hashes;

import vn.lachan.shared.crypto.RandomCodes;

/**
 * A personal API token. The token itself is shown once when created; only its SHA-256
 * hash and a short prefix (to tell tokens apart in the console) are kept.
 */
@Table("api_token")
class ApiToken {

	static final String PREFIX = "lc_";

	@Id
	private Long id;

	private long accountId;

	private String name;

	private String tokenHash;

	private String prefix;

	private Instant createdAt;

	private Instant lastUsedAt;

	private Instant revokedAt;

	ApiToken() {
	}

	/** A new token with its secret value; the value is never stored. */
	static Issued issue(long accountId, String name, Instant now) {
		String value = PREFIX + RandomCodes.urlSafe(32);
		return new Issued(of(accountId, name, value, now), value);
	}

	/** A token with a value chosen by the caller: only for demo data. */
	static ApiToken of(long accountId, String name, String value, Instant now) {
		ApiToken token = new ApiToken();
		token.accountId = accountId;
		token.name = name.strip();
		token.tokenHash = hash(value);
		token.prefix = value.substring(0, Math.min(8, value.length()));
		token.createdAt = now;
		return token;
	}

	static String hash(String value) {
		return Hashes.sha256Hex(value);
	}

	void revoke(Instant now) {
		if (this.revokedAt == null) {
			this.revokedAt = now;
		}
	}

	void used(Instant now) {
		this.lastUsedAt = now;
	}

	boolean active() {
		return this.revokedAt == null;
	}

	Long id() {
		return this.id;
	}

	long accountId() {
		return this.accountId;
	}

	String name() {
		return this.name;
	}

	String prefix() {
		return this.prefix;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant lastUsedAt() {
		return this.lastUsedAt;
	}

	Instant revokedAt() {
		return this.revokedAt;
	}

	/**
	 * A token just issued, with the value to show once.
	 */
	record Issued(ApiToken token, String value) {
	}

}

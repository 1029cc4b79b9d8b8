package vn.lachan.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal identifiers at rest (AES-256-GCM, a random 96-bit nonce per value)
 * and computes their blind index (HMAC-SHA-256 with a second key) for exact-match search.
 * Values are stored as {@code v<N>:<base64(nonce || ciphertext || tag)>}, where {@code N}
 * names the key that sealed them: after a rotation the new key encrypts, the retired keys
 * still decrypt what they sealed, and {@link #isCurrent(String)} tells the re-encryption
 * job ({@link FieldReencryption}) which values are still to be sealed again. The
 * blind-index key is not rotated (an index is recomputed only from the plain value).
 */
public final class FieldEncryptor {

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final int currentVersion;

	private final String currentPrefix;

	private final Map<Integer, SecretKey> encryptionKeys = new TreeMap<>();

	private final SecretKey indexKey;

	/** One encryption key, version 1: an installation that never rotated. */
	public FieldEncryptor(byte[] encryptionKey, byte[] indexKey) {
		this(1, Map.of(1, encryptionKey), indexKey);
	}

	/**
	 * Keys by version; {@code currentVersion} encrypts, every key decrypts what carries
	 * its version.
	 */
	public FieldEncryptor(int currentVersion, Map<Integer, byte[]> encryptionKeys, byte[] indexKey) {
		if (indexKey.length != 32) {
			throw new IllegalArgumentException("Field encryption keys must be 256 bits");
		}
		if (!encryptionKeys.containsKey(currentVersion)) {
			throw new IllegalArgumentException("No key for the current field-encryption version " + currentVersion);
		}
		encryptionKeys.forEach((version, key) -> {
			if (version < 1 || version > 99) {
				throw new IllegalArgumentException("Field-encryption key versions run from 1 to 99");
			}
			if (key.length != 32) {
				throw new IllegalArgumentException("Field encryption keys must be 256 bits");
			}
			this.encryptionKeys.put(version, new SecretKeySpec(key, "AES"));
		});
		this.currentVersion = currentVersion;
		this.currentPrefix = prefix(currentVersion);
		this.indexKey = new SecretKeySpec(indexKey, "HmacSHA256");
	}

	/** The version of the key that encrypts new values. */
	public int currentVersion() {
		return this.currentVersion;
	}

	/** The start of every value the current key sealed ({@code v2:}), for SQL filters. */
	public String currentPrefix() {
		return this.currentPrefix;
	}

	/** Whether keys other than the current one are configured (a rotation under way). */
	public boolean hasRetiredKeys() {
		return this.encryptionKeys.size() > 1;
	}

	/**
	 * Whether a stored value is sealed with the current key ({@code null} counts as
	 * current).
	 */
	public boolean isCurrent(String stored) {
		return stored == null || stored.startsWith(this.currentPrefix);
	}

	/**
	 * The value sealed again with the current key; a current value comes back unchanged.
	 */
	public String reencrypt(String stored) {
		return isCurrent(stored) ? stored : encrypt(decrypt(stored));
	}

	/** This encryptor's keys plus a new current one (for tests of a rotation). */
	FieldEncryptor rotatedTo(int version, byte[] key) {
		Map<Integer, SecretKey> keys = new TreeMap<>(this.encryptionKeys);
		keys.put(version, new SecretKeySpec(key, "AES"));
		return new FieldEncryptor(version, this.indexKey, keys);
	}

	/**
	 * Only a new key, the old ones forgotten, the same index key (for tests of a lost
	 * key).
	 */
	FieldEncryptor onlyWith(int version, byte[] key) {
		return new FieldEncryptor(version, this.indexKey, Map.of(version, new SecretKeySpec(key, "AES")));
	}

	private FieldEncryptor(int currentVersion, SecretKey indexKey, Map<Integer, SecretKey> keys) {
		this.currentVersion = currentVersion;
		this.currentPrefix = prefix(currentVersion);
		this.encryptionKeys.putAll(keys);
		this.indexKey = indexKey;
	}

	private static String prefix(int version) {
		return "v" + version + ":";
	}

	/** The encrypted form of a value; {@code null} stays {@code null}. */
	public String encrypt(String plain) {
		if (plain == null) {
			return null;
		}
		try {
			byte[] nonce = RandomCodes.bytes(NONCE_BYTES);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.encryptionKeys.get(this.currentVersion),
					new GCMParameterSpec(TAG_BITS, nonce));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			ByteBuffer out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed);
			return this.currentPrefix + Base64.getEncoder().encodeToString(out.array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encryption failed", ex);
		}
	}

	/** The plain value of an encrypted one; fails if it was tampered with. */
	public String decrypt(String stored) {
		if (stored == null) {
			return null;
		}
		int colon = stored.indexOf(':');
		SecretKey key = (stored.startsWith("v") && colon > 1 && colon <= 3) ? keyOf(stored.substring(1, colon)) : null;
		if (key == null) {
			throw new IllegalArgumentException("Unknown field encryption version");
		}
		try {
			byte[] all = Base64.getDecoder().decode(stored.substring(colon + 1));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
			byte[] plain = cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Decryption failed: wrong key or tampered value", ex);
		}
	}

	private SecretKey keyOf(String version) {
		try {
			return this.encryptionKeys.get(Integer.parseInt(version));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * The keyed hash that finds a value by exact match without decrypting anything. White
	 * space is removed and letters upper-cased first, so "b1234567 " and "B1234567"
	 * match.
	 */
	public String blindIndex(String plain) {
		if (plain == null) {
			return null;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.indexKey);
			String normalised = plain.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
			return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Blind index failed", ex);
		}
	}

}

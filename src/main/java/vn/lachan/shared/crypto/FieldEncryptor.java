package vn.lachan.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal identifiers at rest (AES-256-GCM, a random 96-bit nonce per value)
 * and computes their blind index (HMAC-SHA-256 with a second key) for exact-match search.
 * Values are stored as {@code v1:<base64(nonce || ciphertext || tag)>}; the version names
 * the key.
 */
public final class FieldEncryptor {

	private static final String VERSION = "v1:";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKey encryptionKey;

	private final SecretKey indexKey;

	public FieldEncryptor(byte[] encryptionKey, byte[] indexKey) {
		if (encryptionKey.length != 32 || indexKey.length != 32) {
			throw new IllegalArgumentException("Field encryption keys must be 256 bits");
		}
		this.encryptionKey = new SecretKeySpec(encryptionKey, "AES");
		this.indexKey = new SecretKeySpec(indexKey, "HmacSHA256");
	}

	/** The encrypted form of a value; {@code null} stays {@code null}. */
	public String encrypt(String plain) {
		if (plain == null) {
			return null;
		}
		try {
			byte[] nonce = RandomCodes.bytes(NONCE_BYTES);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			ByteBuffer out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed);
			return VERSION + Base64.getEncoder().encodeToString(out.array());
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
		if (!stored.startsWith(VERSION)) {
			throw new IllegalArgumentException("Unknown field encryption version");
		}
		try {
			byte[] all = Base64.getDecoder().decode(stored.substring(VERSION.length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.encryptionKey, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
			byte[] plain = cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Decryption failed: wrong key or tampered value", ex);
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

package vn.lachan.tips.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

import vn.lachan.shared.crypto.FieldEncryptor;

import vn.lachan.shared.crypto.Hashes;

import vn.lachan.shared.crypto.RandomCodes;

/**
 * Receipt codes and their secrets. A code names a tip; only its secret opens it. Secrets
 * are stored as SHA-256 hashes (they carry 80 random bits, so a plain hash suffices). A
 * retried submission with the same idempotency key gets the same secret back, derived
 * with the field encryptor's keyed hash.
 */
@Component
public class ReceiptCodes {

	private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private final FieldEncryptor encryptor;

	ReceiptCodes(FieldEncryptor encryptor) {
		this.encryptor = encryptor;
	}

	/** A new receipt code such as {@code LC-7KQ2-M9TX}. */
	public String newCode() {
		return "LC-" + random(4) + "-" + random(4);
	}

	/** A new secret of 16 characters, or the one this idempotency key always gets. */
	public String newSecret(String idempotencyKey) {
		if (idempotencyKey == null) {
			return random(16);
		}
		byte[] derived = HexFormat.of().parseHex(this.encryptor.blindIndex("tip-secret:" + idempotencyKey));
		StringBuilder out = new StringBuilder(16);
		for (int i = 0; i < 16; i++) {
			out.append(ALPHABET[(derived[i] & 0xff) % ALPHABET.length]);
		}
		return out.toString();
	}

	public static String hash(String secret) {
		String normalised = secret.strip().toUpperCase(java.util.Locale.ROOT).replace("-", "");
		return Hashes.sha256Hex(normalised);
	}

	/** Compares in constant time; a missing hash compares as a mismatch. */
	public static boolean matches(String secret, String storedHash) {
		String candidate = hash((secret != null) ? secret : "");
		String stored = (storedHash != null) ? storedHash : "0".repeat(64);
		return MessageDigest.isEqual(candidate.getBytes(StandardCharsets.US_ASCII),
				stored.getBytes(StandardCharsets.US_ASCII)) && storedHash != null;
	}

	private static String random(int length) {
		return RandomCodes.code(ALPHABET, length);
	}

}

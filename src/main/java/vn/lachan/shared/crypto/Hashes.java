package vn.lachan.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one SHA-256: of tokens, receipt codes, files and request fingerprints (not of
 * personal data, which {@link FieldEncryptor#blindIndex} keys).
 */
public final class Hashes {

	private Hashes() {
	}

	/** A fresh SHA-256 digest, for hashing in parts. */
	public static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The SHA-256 of a text's UTF-8 bytes, lowercase hex. */
	public static String sha256Hex(String text) {
		return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
	}

	/** The SHA-256 of bytes, lowercase hex. */
	public static String sha256Hex(byte[] bytes) {
		return HexFormat.of().formatHex(sha256().digest(bytes));
	}

}

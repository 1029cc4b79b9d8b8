package vn.lachan.shared.crypto;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The one source of random codes, tokens and keys: one {@link SecureRandom} for the
 * application.
 */
public final class RandomCodes {

	private static final SecureRandom RANDOM = new SecureRandom();

	private RandomCodes() {
	}

	/** Random bytes. */
	public static byte[] bytes(int count) {
		byte[] bytes = new byte[count];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	/** Random bytes as URL-safe Base64 without padding. */
	public static String urlSafe(int bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(bytes));
	}

	/** Random bytes as lowercase hex. */
	public static String hex(int bytes) {
		return HexFormat.of().formatHex(bytes(bytes));
	}

	/** A code of characters drawn uniformly from an alphabet. */
	public static String code(char[] alphabet, int length) {
		StringBuilder out = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			out.append(alphabet[RANDOM.nextInt(alphabet.length)]);
		}
		return out.toString();
	}

}

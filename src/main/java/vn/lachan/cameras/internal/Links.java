package vn.lachan.cameras.internal;

import vn.lachan.shared.crypto.Hashes;
import vn.lachan.shared.crypto.RandomCodes;

/**
 * Private links of owners and footage requests: 192 random bits, shown once; only their
 * SHA-256 hash is stored.
 */
final class Links {

	private Links() {
	}

	static String newToken() {
		return RandomCodes.urlSafe(24);
	}

	static String hash(String token) {
		return Hashes.sha256Hex(token);
	}

}

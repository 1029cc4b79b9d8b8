package vn.lachan.shared.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lachan.shared.DemoData;

/**
 * The field encryptor, with its keys from configuration
 * ({@code lachan.crypto.encryption-key} and {@code lachan.crypto.index-key}, 32 bytes
 * each in Base64) or, where none is configured, a development key generated on first run
 * into {@code <data-dir>/keys/field-keys} and reused after. A rotated installation names
 * the current key's version ({@code lachan.crypto.encryption-key-version}, 1 by default)
 * and keeps its retired keys for decryption
 * ({@code lachan.crypto.retired-encryption-keys}: {@code 1:<base64>,2:<base64>}); see
 * docs/OPERATIONS.md.
 */
@Configuration(proxyBeanMethods = false)
class FieldEncryptionConfiguration {

	private static final Logger log = LoggerFactory.getLogger(FieldEncryptionConfiguration.class);

	@Bean
	FieldEncryptor fieldEncryptor(@Value("${lachan.crypto.encryption-key:}") String encryptionKey,
			@Value("${lachan.crypto.index-key:}") String indexKey,
			@Value("${lachan.crypto.encryption-key-version:1}") int version,
			@Value("${lachan.crypto.retired-encryption-keys:}") String retired,
			@Value("${lachan.data-dir}") String dataDir, @Value("${spring.datasource.url:}") String databaseUrl,
			@Value("${" + DemoData.ENABLED_PROPERTY + ":false}") boolean demo) {
		if (!encryptionKey.isBlank() && !indexKey.isBlank()) {
			Map<Integer, byte[]> keys = retiredKeys(retired);
			keys.put(version, Base64.getDecoder().decode(encryptionKey.strip()));
			return new FieldEncryptor(version, keys, Base64.getDecoder().decode(indexKey.strip()));
		}
		if (production(databaseUrl, demo)) {
			throw new IllegalStateException("No field-encryption keys are configured: set LACHAN_ENCRYPTION_KEY and "
					+ "LACHAN_INDEX_KEY (32 random bytes each, Base64: openssl rand -base64 32) and keep a backup of "
					+ "them; without them the encrypted data cannot be read. A generated key is for development only.");
		}
		byte[][] keys = developmentKeys(Path.of(dataDir, "keys", "field-keys"));
		return new FieldEncryptor(keys[0], keys[1]);
	}

	/**
	 * Retired keys by version from {@code 1:<base64>,2:<base64>}; the message of a
	 * malformed entry names its position, never the key.
	 */
	static Map<Integer, byte[]> retiredKeys(String spec) {
		Map<Integer, byte[]> keys = new HashMap<>();
		if (spec == null || spec.isBlank()) {
			return keys;
		}
		String[] entries = spec.split(",");
		for (int i = 0; i < entries.length; i++) {
			String entry = entries[i].strip();
			int colon = entry.indexOf(':');
			try {
				keys.put(Integer.parseInt(entry.substring(0, colon).strip()),
						Base64.getDecoder().decode(entry.substring(colon + 1).strip()));
			}
			catch (RuntimeException ex) {
				throw new IllegalStateException(
						"lachan.crypto.retired-encryption-keys: entry " + (i + 1) + " is not <version>:<base64 key>");
			}
		}
		return keys;
	}

	/**
	 * A server database (not the embedded one) without the demo: a real installation,
	 * where a generated key would leave each instance unable to read the others' data.
	 */
	static boolean production(String databaseUrl, boolean demo) {
		return !demo && !databaseUrl.startsWith("jdbc:h2:");
	}

	static byte[][] developmentKeys(Path file) {
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(file.getParent());
				byte[] encryption = RandomCodes.bytes(32);
				byte[] index = RandomCodes.bytes(32);
				Files.writeString(file, Base64.getEncoder().encodeToString(encryption) + "\n"
						+ Base64.getEncoder().encodeToString(index) + "\n");
				restrict(file);
				log.warn("Generated a development field-encryption key in {}; configure lachan.crypto.* in production",
						file);
			}
			String[] lines = Files.readString(file).strip().split("\\R");
			return new byte[][] { Base64.getDecoder().decode(lines[0]), Base64.getDecoder().decode(lines[1]) };
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the development key " + file, ex);
		}
	}

	private static void restrict(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			log.debug("The file system does not support POSIX permissions");
		}
	}

}

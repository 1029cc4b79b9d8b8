package vn.lachan.shared.crypto;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldEncryptorTests {

	private final FieldEncryptor encryptor = new FieldEncryptor(key(), key());

	@Test
	void encryptsSoThatTheValueCannotBeReadAndDecryptsBack() {
		String stored = this.encryptor.encrypt("036092001234");
		assertThat(stored).startsWith("v1:").doesNotContain("036092001234");
		assertThat(this.encryptor.decrypt(stored)).isEqualTo("036092001234");
	}

	@Test
	void encryptingTheSameValueTwiceGivesDifferentCiphertexts() {
		assertThat(this.encryptor.encrypt("B1234567")).isNotEqualTo(this.encryptor.encrypt("B1234567"));
	}

	@Test
	void aTamperedValueIsRefused() {
		String stored = this.encryptor.encrypt("036092001234");
		byte[] bytes = Base64.getDecoder().decode(stored.substring(3));
		bytes[bytes.length - 1] ^= 1;
		String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);
		assertThatThrownBy(() -> this.encryptor.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void anotherKeyCannotDecrypt() {
		String stored = this.encryptor.encrypt("036092001234");
		assertThatThrownBy(() -> new FieldEncryptor(key(), key()).decrypt(stored))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void theBlindIndexMatchesExactValuesRegardlessOfCaseAndSpaces() {
		assertThat(this.encryptor.blindIndex("b1234567 ")).isEqualTo(this.encryptor.blindIndex("B1234567"));
		assertThat(this.encryptor.blindIndex("B1234567")).isNotEqualTo(this.encryptor.blindIndex("B1234568"))
			.hasSize(64)
			.doesNotContain("1234567");
	}

	@Test
	void theBlindIndexDependsOnTheKey() {
		assertThat(new FieldEncryptor(key(), key()).blindIndex("B1234567"))
			.isNotEqualTo(this.encryptor.blindIndex("B1234567"));
	}

	@Test
	void nullStaysNull() {
		assertThat(this.encryptor.encrypt(null)).isNull();
		assertThat(this.encryptor.decrypt(null)).isNull();
		assertThat(this.encryptor.blindIndex(null)).isNull();
	}

	@Test
	void aDevelopmentKeyIsGeneratedOnceAndReused(@TempDir Path dataDir) throws Exception {
		Path file = dataDir.resolve("keys/field-keys");
		byte[][] first = FieldEncryptionConfiguration.developmentKeys(file);
		byte[][] second = FieldEncryptionConfiguration.developmentKeys(file);
		assertThat(Files.exists(file)).isTrue();
		assertThat(second[0]).isEqualTo(first[0]);
		assertThat(second[1]).isEqualTo(first[1]).isNotEqualTo(first[0]);
		String value = new FieldEncryptor(first[0], first[1]).encrypt("036092001234");
		assertThat(new FieldEncryptor(second[0], second[1]).decrypt(value)).isEqualTo("036092001234");
	}

	@Test
	void afterARotationTheNewKeyEncryptsAndTheRetiredKeyStillDecrypts() {
		byte[] oldKey = key();
		byte[] newKey = key();
		byte[] index = key();
		FieldEncryptor before = new FieldEncryptor(oldKey, index);
		String old = before.encrypt("036092001234");
		FieldEncryptor after = new FieldEncryptor(2, java.util.Map.of(1, oldKey, 2, newKey), index);

		assertThat(after.decrypt(old)).isEqualTo("036092001234");
		assertThat(after.isCurrent(old)).isFalse();
		String sealedAgain = after.reencrypt(old);
		assertThat(sealedAgain).startsWith("v2:").isNotEqualTo(old);
		assertThat(after.isCurrent(sealedAgain)).isTrue();
		assertThat(after.reencrypt(sealedAgain)).isEqualTo(sealedAgain);
		assertThat(after.decrypt(sealedAgain)).isEqualTo("036092001234");
		assertThatThrownBy(() -> before.decrypt(sealedAgain)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageNotContaining("036092001234");
		assertThat(after.blindIndex("036092001234")).isEqualTo(before.blindIndex("036092001234"));
	}

	@Test
	void withoutTheRetiredKeyOldValuesCannotBeRead() {
		FieldEncryptor before = new FieldEncryptor(key(), key());
		String old = before.encrypt("036092001234");
		FieldEncryptor after = new FieldEncryptor(2, java.util.Map.of(2, key()), key());
		assertThat(after.hasRetiredKeys()).isFalse();
		assertThatThrownBy(() -> after.decrypt(old)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> after.decrypt("vx:AAAA")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theCurrentVersionNeedsItsKey() {
		assertThatThrownBy(() -> new FieldEncryptor(3, java.util.Map.of(1, key()), key()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new FieldEncryptor(100, java.util.Map.of(100, key()), key()))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static byte[] key() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return key;
	}

}

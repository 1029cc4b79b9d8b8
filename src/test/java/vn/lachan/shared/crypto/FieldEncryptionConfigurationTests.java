package vn.lachan.shared.crypto;

import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A generated key is for development only: on a server database without the demo the
 * platform refuses to start without configured keys.
 */
class FieldEncryptionConfigurationTests {

	static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

	@TempDir
	Path dataDir;

	FieldEncryptionConfiguration configuration = new FieldEncryptionConfiguration();

	@Test
	void postgresqlWithoutTheDemoAndWithoutKeysRefusesToStart() {
		assertThatIllegalStateException()
			.isThrownBy(() -> this.configuration.fieldEncryptor("", "", 1, "", this.dataDir.toString(),
					"jdbc:postgresql://db:5432/lachan", false))
			.withMessageContaining("LACHAN_ENCRYPTION_KEY")
			.withMessageContaining("LACHAN_INDEX_KEY");
		assertThat(this.dataDir.resolve("keys")).doesNotExist();
	}

	@Test
	void configuredKeysAreUsedEverywhere() {
		FieldEncryptor one = this.configuration.fieldEncryptor(KEY, KEY, 1, "", this.dataDir.toString(),
				"jdbc:postgresql://db:5432/lachan", false);
		FieldEncryptor two = this.configuration.fieldEncryptor(KEY, KEY, 1, "",
				this.dataDir.resolve("other").toString(), "jdbc:postgresql://db:5432/lachan", false);
		assertThat(two.decrypt(one.encrypt("001085012345"))).isEqualTo("001085012345");
	}

	@Test
	void theEmbeddedDatabaseAndTheDemoGetAGeneratedDevelopmentKey() {
		FieldEncryptor embedded = this.configuration.fieldEncryptor("", "", 1, "", this.dataDir.toString(),
				"jdbc:h2:file:./data/lachan", false);
		FieldEncryptor demo = this.configuration.fieldEncryptor("", "", 1, "", this.dataDir.toString(),
				"jdbc:postgresql://db:5432/lachan", true);
		assertThat(demo.decrypt(embedded.encrypt("Nguyễn Văn An"))).isEqualTo("Nguyễn Văn An");
		assertThat(this.dataDir.resolve("keys/field-keys")).exists();
	}

	@Test
	void aRotatedInstallationEncryptsWithTheNewKeyAndStillReadsTheRetiredOne() {
		FieldEncryptor before = this.configuration.fieldEncryptor(KEY, KEY, 1, "", this.dataDir.toString(),
				"jdbc:postgresql://db:5432/lachan", false);
		String old = before.encrypt("001085012345");
		String newKey = Base64.getEncoder().encodeToString(new byte[32]);
		FieldEncryptor after = this.configuration.fieldEncryptor(newKey, KEY, 2, " 1:" + KEY + " ",
				this.dataDir.toString(), "jdbc:postgresql://db:5432/lachan", false);
		assertThat(after.decrypt(old)).isEqualTo("001085012345");
		assertThat(after.encrypt("001085012345")).startsWith("v2:");
		assertThat(after.hasRetiredKeys()).isTrue();
		assertThat(after.blindIndex("001085012345")).isEqualTo(before.blindIndex("001085012345"));
	}

	@Test
	void aMalformedRetiredKeyIsNamedByPositionNotByValue() {
		assertThatIllegalStateException()
			.isThrownBy(() -> this.configuration.fieldEncryptor(KEY, KEY, 2, "1:" + KEY + ",secret-value",
					this.dataDir.toString(), "jdbc:postgresql://db:5432/lachan", false))
			.withMessageContaining("entry 2")
			.withMessageNotContaining("secret-value");
	}

}

package vn.lachan.access;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccessMessagesTests {

	@Test
	void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
		Properties vietnamese = load("messages/access.properties");
		Properties english = load("messages/access_en.properties");
		assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(vietnamese.stringPropertyNames());
	}

	@Test
	void everyRoleAndAuditActionHasAName() throws IOException {
		Properties vietnamese = load("messages/access.properties");
		for (vn.lachan.shared.security.Role role : vn.lachan.shared.security.Role.values()) {
			assertThat(vietnamese.getProperty("access.role." + role.name())).isNotBlank();
		}
		for (AuditAction action : AuditAction.values()) {
			assertThat(vietnamese.getProperty("access.audit.action." + action.name())).isNotBlank();
		}
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = AccessMessagesTests.class.getClassLoader().getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}

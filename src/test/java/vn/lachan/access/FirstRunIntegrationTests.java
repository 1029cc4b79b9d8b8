package vn.lachan.access;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.lachan.shared.DemoData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * A new installation without the demo data, as the README's "First start" describes it:
 * with the set-up variables the administrator they name can sign in; without them nobody
 * can, and the log says what to set. Runs on H2 and, in CI's second pass, on PostgreSQL.
 */
class FirstRunIntegrationTests {

	static final String USERNAME = "quantri";

	static final String PASSWORD = "Khoi-dong-2026";

	@Nested
	@SpringBootTest(
			properties = { "lachan.setup.admin-username=" + USERNAME, "lachan.setup.admin-password=" + PASSWORD })
	@AutoConfigureMockMvc
	class WithTheSetUpValues {

		@DynamicPropertySource
		static void database(DynamicPropertyRegistry registry) {
			FirstRunDatabase.register(registry);
		}

		@Autowired
		MockMvc mvc;

		@Autowired
		JdbcClient jdbc;

		@Test
		void theAdministratorTheyNameSignsInAndNoOneElseExists() throws Exception {
			assertThat(this.jdbc.sql("SELECT username FROM account").query(String.class).list())
				.containsExactly(USERNAME);
			assertThat(this.jdbc.sql("SELECT role FROM account").query(String.class).single()).isEqualTo("ADMIN");
			this.mvc.perform(formLogin().user(USERNAME).password(PASSWORD))
				.andExpect(authenticated().withUsername(USERNAME))
				.andExpect(redirectedUrl("/console"));
			this.mvc.perform(formLogin().user("admin").password(DemoData.PASSWORD)).andExpect(unauthenticated());
		}

	}

	@Nested
	@SpringBootTest
	@AutoConfigureMockMvc
	@ExtendWith(OutputCaptureExtension.class)
	class WithoutThem {

		@DynamicPropertySource
		static void database(DynamicPropertyRegistry registry) {
			FirstRunDatabase.register(registry);
		}

		@Autowired
		MockMvc mvc;

		@Autowired
		JdbcClient jdbc;

		@Test
		void nobodyCanSignInAndTheLogSaysWhatToSet(CapturedOutput output) throws Exception {
			assertThat(this.jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single()).isZero();
			this.mvc.perform(formLogin().user("admin").password(DemoData.PASSWORD)).andExpect(unauthenticated());
			assertThat(output.getAll()).contains("No administrator exists")
				.contains("LACHAN_ADMIN_USERNAME")
				.contains("LACHAN_ADMIN_PASSWORD");
		}

	}

}

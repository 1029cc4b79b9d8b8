package vn.lachan.access;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.lachan.access.AccessFixtures.TestAccount;
import vn.lachan.access.internal.AccountManagement;
import vn.lachan.access.internal.AccountSearch;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.security.Role;
import vn.lachan.territory.TerritoryCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /api/v1/accounts}: administrators only; bad input answers 400 with field errors
 * and stores nothing; a taken username answers 409.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccountApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TerritoryCatalog territory;

	AccessFixtures fixtures;

	TestAccount admin;

	@BeforeEach
	void fixtures() {
		this.fixtures = new AccessFixtures(this.accounts, this.territory, this.mvc);
		this.admin = this.fixtures.accountWithToken(Role.ADMIN);
	}

	@Test
	void nonAdministratorsGet403Problems() throws Exception {
		TestAccount officer = this.fixtures.accountWithToken(Role.WARD_OFFICER);
		for (String path : new String[] { "/api/v1/accounts", "/api/v1/accounts/" + officer.id(),
				"/api/v1/audit-events" }) {
			this.mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, officer.bearer()))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.code").value("forbidden"));
		}
		this.mvc
			.perform(post("/api/v1/accounts").header(HttpHeaders.AUTHORIZATION, officer.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content(newAccountJson(AccessFixtures.unique("sneaky"), "Sneaky-Pass-2026")))
			.andExpect(status().isForbidden());
	}

	@Test
	void anonymousCallersGet401Problems() throws Exception {
		this.mvc.perform(get("/api/v1/accounts"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void anAdministratorCreatesReadsChangesDisablesAndEnablesAnAccount() throws Exception {
		String username = AccessFixtures.unique("api");
		String location = this.mvc
			.perform(post("/api/v1/accounts").header(HttpHeaders.AUTHORIZATION, this.admin.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content(newAccountJson(username, "Created-Pass-2026")))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, startsWith("/api/v1/accounts/")))
			.andExpect(jsonPath("$.username").value(username))
			.andExpect(jsonPath("$.role").value("WARD_OFFICER"))
			.andExpect(jsonPath("$.enabled").value(true))
			.andExpect(jsonPath("$.passwordHash").doesNotExist())
			.andExpect(content().string(not(containsString("{bcrypt}"))))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.LOCATION);

		this.mvc.perform(get(location).header(HttpHeaders.AUTHORIZATION, this.admin.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.displayName").value("Cán bộ " + username))
			.andExpect(content().string(not(containsString("{bcrypt}"))));

		this.mvc
			.perform(put(location).header(HttpHeaders.AUTHORIZATION, this.admin.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"displayName": "Đổi tên %s", "email": "a@example.vn", "role": "COMMITTEE", "unitId": %d}
						""".formatted(username, this.fixtures.viHoang())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.displayName").value("Đổi tên " + username))
			.andExpect(jsonPath("$.role").value("COMMITTEE"));

		this.mvc.perform(post(location + "/disable").header(HttpHeaders.AUTHORIZATION, this.admin.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(false));
		this.mvc.perform(post(location + "/enable").header(HttpHeaders.AUTHORIZATION, this.admin.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(true));
		this.mvc
			.perform(post(location + "/password").header(HttpHeaders.AUTHORIZATION, this.admin.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"password\": \"Another-Pass-2026\"}"))
			.andExpect(status().isNoContent());
		this.mvc.perform(formLogin().user(username).password("Another-Pass-2026")).andExpect(authenticated());
	}

	@Test
	void badInputAnswers400WithFieldErrorsAndStoresNothing() throws Exception {
		String username = AccessFixtures.unique("bad");
		this.mvc
			.perform(post("/api/v1/accounts").header(HttpHeaders.AUTHORIZATION, this.admin.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username": "%s!", "password": "Valid-Pass-2026", "displayName": " ", "email": "not-an-email"}
						""".formatted(username)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("validation"))
			.andExpect(jsonPath("$.errors[*].field", hasItem("username")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("displayName")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("email")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("role")));

		this.mvc
			.perform(post("/api/v1/accounts").header(HttpHeaders.AUTHORIZATION, this.admin.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content(newAccountJson(username, "short1")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"))
			.andExpect(jsonPath("$.errors[0].code").value("access.password.too-short"));

		this.mvc
			.perform(post("/api/v1/accounts").header(HttpHeaders.AUTHORIZATION, this.admin.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"username": "%s", "password": "Valid-Pass-2026", "displayName": "Không đơn vị", "role": "WARD_OFFICER"}
								"""
							.formatted(username)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitId"));

		assertThat(this.accounts.search(new AccountSearch(username, null, null), new PageQuery(0, 10)).items())
			.isEmpty();
	}

	@Test
	void aTakenUsernameAnswers409() throws Exception {
		TestAccount existing = this.fixtures.account(Role.MEDIATOR);
		this.mvc
			.perform(post("/api/v1/accounts").header(HttpHeaders.AUTHORIZATION, this.admin.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content(newAccountJson(existing.username().toUpperCase(java.util.Locale.ROOT), "Valid-Pass-2026")))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("access.username-taken"));
	}

	@Test
	void anAdministratorCannotDisableOrDemoteThemself() throws Exception {
		this.mvc
			.perform(post("/api/v1/accounts/{id}/disable", this.admin.id()).header(HttpHeaders.AUTHORIZATION,
					this.admin.bearer()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("access.cannot-disable-self"));
		this.mvc
			.perform(
					put("/api/v1/accounts/{id}", this.admin.id()).header(HttpHeaders.AUTHORIZATION, this.admin.bearer())
						.contentType(MediaType.APPLICATION_JSON)
						.content("""
								{"displayName": "Không còn quản trị", "role": "COMMITTEE", "unitId": %d}
								""".formatted(this.fixtures.viHoang())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("access.cannot-demote-self"));
		this.mvc
			.perform(get("/api/v1/accounts/{id}", this.admin.id()).header(HttpHeaders.AUTHORIZATION,
					this.admin.bearer()))
			.andExpect(jsonPath("$.enabled").value(true))
			.andExpect(jsonPath("$.role").value("ADMIN"));
	}

	@Test
	void theListFiltersByRoleUnitAndTextWithDiacriticsFolded() throws Exception {
		String suffix = AccessFixtures.unique("x");
		String username = "nvd" + suffix;
		this.mvc
			.perform(post("/api/v1/accounts").header(HttpHeaders.AUTHORIZATION, this.admin.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username": "%s", "password": "Valid-Pass-2026", "displayName": "Nguyễn Văn Đức %s",
						 "role": "FORCE_MEMBER", "unitId": %d}
						""".formatted(username, suffix, this.fixtures.viHoang())))
			.andExpect(status().isCreated());
		this.mvc
			.perform(get("/api/v1/accounts").param("q", "nguyen van duc " + suffix)
				.header(HttpHeaders.AUTHORIZATION, this.admin.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].username").value(username));
		this.mvc
			.perform(get("/api/v1/accounts").param("q", suffix)
				.param("role", "FORCE_MEMBER")
				.param("unit", String.valueOf(this.fixtures.viHoang()))
				.header(HttpHeaders.AUTHORIZATION, this.admin.bearer()))
			.andExpect(jsonPath("$.totalItems").value(1));
		this.mvc
			.perform(get("/api/v1/accounts").param("q", suffix)
				.param("role", "HOST")
				.header(HttpHeaders.AUTHORIZATION, this.admin.bearer()))
			.andExpect(jsonPath("$.totalItems").value(0));
		this.mvc
			.perform(
					get("/api/v1/accounts").param("size", "500").header(HttpHeaders.AUTHORIZATION, this.admin.bearer()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
	}

	private String newAccountJson(String username, String password) {
		return """
				{"username": "%s", "password": "%s", "displayName": "Cán bộ %s", "role": "WARD_OFFICER", "unitId": %d}
				""".formatted(username, password, username, this.fixtures.viHoang());
	}

}

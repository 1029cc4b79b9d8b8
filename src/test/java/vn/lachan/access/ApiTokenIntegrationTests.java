package vn.lachan.access;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.lachan.access.AccessFixtures.TestAccount;
import vn.lachan.access.internal.AccountManagement;
import vn.lachan.access.internal.AccountManagement.TokenSummary;
import vn.lachan.shared.security.Role;
import vn.lachan.territory.TerritoryCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A personal API token: created in the console and shown once, accepted as Bearer, stored
 * only as a hash, refused once revoked.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiTokenIntegrationTests {

	private static final Pattern TOKEN = Pattern.compile("lc_[A-Za-z0-9_-]{43}");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TerritoryCatalog territory;

	@Autowired
	JdbcClient jdbc;

	AccessFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new AccessFixtures(this.accounts, this.territory, this.mvc);
	}

	@Test
	void aTokenIsShownOnceWorksAsBearerIsStoredHashedAndStopsWhenRevoked() throws Exception {
		TestAccount account = this.fixtures.account(Role.WARD_OFFICER);
		Cookie session = this.fixtures.signIn(account.username(), AccessFixtures.PASSWORD);

		String page = this.mvc
			.perform(post("/console/account/tokens").cookie(session).with(csrf()).param("name", "báo cáo tuần"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher found = TOKEN.matcher(page);
		assertThat(found.find()).as("the new token is on the page").isTrue();
		String value = found.group();

		this.mvc.perform(get("/console/account").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("báo cáo tuần")))
			.andExpect(content().string(not(containsString(value))));

		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + value))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(account.username()))
			.andExpect(jsonPath("$.role").value("WARD_OFFICER"))
			.andExpect(jsonPath("$.unitId").value(account.unitId()));

		List<String> stored = this.jdbc
			.sql("SELECT name, token_hash, prefix FROM api_token WHERE account_id = :account")
			.param("account", account.id())
			.query((rs, row) -> rs.getString("name") + "|" + rs.getString("token_hash") + "|" + rs.getString("prefix"))
			.list();
		assertThat(stored).hasSize(1);
		assertThat(stored.get(0)).doesNotContain(value).contains(AccessFixtures.sha256(value));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = :value OR prefix = :value")
			.param("value", value)
			.query(Long.class)
			.single()).isZero();

		TokenSummary token = this.accounts.tokensOf(account.id()).get(0);
		assertThat(token.lastUsedAt()).isNotNull();
		this.mvc.perform(get("/console/account/tokens/{id}/revoke", token.id()).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(token.prefix())));
		this.mvc.perform(post("/console/account/tokens/{id}/revoke", token.id()).cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/console/account"));

		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + value))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("invalid-token"));
	}

	@Test
	void someoneElsesTokenCannotBeRevoked() throws Exception {
		TestAccount owner = this.fixtures.accountWithToken(Role.WARD_OFFICER);
		TestAccount other = this.fixtures.account(Role.WARD_OFFICER);
		long tokenId = this.accounts.tokensOf(owner.id()).get(0).id();
		Cookie session = this.fixtures.signIn(other.username(), AccessFixtures.PASSWORD);
		this.mvc.perform(post("/console/account/tokens/{id}/revoke", tokenId).cookie(session).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, owner.bearer()))
			.andExpect(status().isOk());
	}

	@Test
	void aTokenWithoutANameIsRefusedOnTheForm() throws Exception {
		TestAccount account = this.fixtures.account(Role.HOST);
		Cookie session = this.fixtures.signIn(account.username(), AccessFixtures.PASSWORD);
		this.mvc
			.perform(
					post("/console/account/tokens").cookie(session).with(csrf()).param("name", " ").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This field is required.")));
		assertThat(this.accounts.tokensOf(account.id())).isEmpty();
	}

	@Test
	void anUnknownTokenAnswers401Problem() throws Exception {
		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer lc_nope"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

}

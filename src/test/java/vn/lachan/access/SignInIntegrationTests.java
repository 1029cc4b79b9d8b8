package vn.lachan.access;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.lachan.access.AccessFixtures.TestAccount;
import vn.lachan.access.internal.AccountManagement;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.security.Role;
import vn.lachan.territory.TerritoryCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signing in through the real form: success and failure are audited, five failures lock
 * the account until an administrator resets its password, and a changed password retires
 * the old one.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignInIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AuditTrail audit;

	@Autowired
	TerritoryCatalog territory;

	AccessFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new AccessFixtures(this.accounts, this.territory, this.mvc);
	}

	@Test
	void aGoodPasswordSignsInAndIsAudited() throws Exception {
		TestAccount account = this.fixtures.account(Role.WARD_OFFICER);
		this.mvc.perform(formLogin().user(account.username()).password(AccessFixtures.PASSWORD))
			.andExpect(authenticated().withUsername(account.username()))
			.andExpect(redirectedUrl("/console"));
		assertThat(eventsOf(AuditAction.SIGN_IN, account)).isEqualTo(1);
	}

	@Test
	void aWrongPasswordFailsAndIsAudited() throws Exception {
		TestAccount account = this.fixtures.account(Role.WARD_OFFICER);
		this.mvc.perform(formLogin().user(account.username()).password("Wrong-Pass-1234"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		assertThat(eventsOf(AuditAction.SIGN_IN_FAILED, account)).isEqualTo(1);
		assertThat(eventsOf(AuditAction.SIGN_IN, account)).isZero();
	}

	@Test
	void aResetPasswordEndsTheSessionsSignedInWithTheOldOne() throws Exception {
		TestAccount account = this.fixtures.account(Role.WARD_OFFICER);
		Cookie session = this.fixtures.signIn(account.username(), AccessFixtures.PASSWORD);
		this.mvc.perform(get("/console/account").cookie(session)).andExpect(status().isOk());
		this.accounts.resetPassword(this.fixtures.account(Role.ADMIN).asCurrentUser(), account.id(), "Reset-Pass-2026");
		this.mvc.perform(get("/console/account").cookie(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void fiveWrongPasswordsLockTheAccountUntilAnAdministratorResetsIt() throws Exception {
		TestAccount account = this.fixtures.account(Role.WARD_OFFICER);
		for (int attempt = 0; attempt < 5; attempt++) {
			this.mvc.perform(formLogin().user(account.username()).password("Wrong-Pass-1234"))
				.andExpect(unauthenticated());
		}
		assertThat(this.accounts.isLocked(account.id())).isTrue();
		assertThat(eventsOf(AuditAction.ACCOUNT_LOCKED, account)).isEqualTo(1);

		MvcResult refused = this.mvc.perform(formLogin().user(account.username()).password(AccessFixtures.PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"))
			.andReturn();
		Cookie session = refused.getResponse().getCookie("SESSION");
		this.mvc.perform(get("/login").param("error", "").param("lang", "en").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The account is locked")));

		TestAccount admin = this.fixtures.account(Role.ADMIN);
		Cookie adminSession = this.fixtures.signIn(admin.username(), AccessFixtures.PASSWORD);
		this.mvc
			.perform(post("/console/admin/accounts/{id}/password", account.id()).cookie(adminSession)
				.with(csrf())
				.param("newPassword", "Reset-Pass-2026")
				.param("confirmation", "Reset-Pass-2026"))
			.andExpect(redirectedUrl("/console/admin/accounts/" + account.id()));
		assertThat(this.accounts.isLocked(account.id())).isFalse();
		assertThat(eventsOf(AuditAction.PASSWORD_RESET, account)).isEqualTo(1);
		this.mvc.perform(formLogin().user(account.username()).password("Reset-Pass-2026")).andExpect(authenticated());
	}

	@Test
	void aChangedPasswordRetiresTheOldOne() throws Exception {
		TestAccount account = this.fixtures.account(Role.FORCE_MEMBER);
		Cookie session = this.fixtures.signIn(account.username(), AccessFixtures.PASSWORD);
		this.mvc
			.perform(post("/console/account/password").cookie(session)
				.with(csrf())
				.param("currentPassword", AccessFixtures.PASSWORD)
				.param("newPassword", "Changed-Pass-2026")
				.param("confirmation", "Changed-Pass-2026"))
			.andExpect(redirectedUrl("/login?changed"));
		assertThat(eventsOf(AuditAction.PASSWORD_CHANGED, account)).isEqualTo(1);
		this.mvc.perform(get("/console/account").cookie(session)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(formLogin().user(account.username()).password(AccessFixtures.PASSWORD))
			.andExpect(unauthenticated());
		this.mvc.perform(formLogin().user(account.username()).password("Changed-Pass-2026")).andExpect(authenticated());
	}

	@Test
	void aWrongCurrentPasswordOrAMismatchChangesNothing() throws Exception {
		TestAccount account = this.fixtures.account(Role.MEDIATOR);
		Cookie session = this.fixtures.signIn(account.username(), AccessFixtures.PASSWORD);
		this.mvc
			.perform(post("/console/account/password").cookie(session)
				.with(csrf())
				.param("lang", "en")
				.param("currentPassword", "Not-The-Password-1")
				.param("newPassword", "Changed-Pass-2026")
				.param("confirmation", "Changed-Pass-2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The current password is wrong.")));
		this.mvc
			.perform(post("/console/account/password").cookie(session)
				.with(csrf())
				.param("lang", "en")
				.param("currentPassword", AccessFixtures.PASSWORD)
				.param("newPassword", "Changed-Pass-2026")
				.param("confirmation", "Changed-Pass-2027"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The two passwords do not match.")));
		this.mvc
			.perform(post("/console/account/password").cookie(session)
				.with(csrf())
				.param("lang", "en")
				.param("currentPassword", AccessFixtures.PASSWORD)
				.param("newPassword", "short1")
				.param("confirmation", "short1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("at least 10 characters")));
		assertThat(eventsOf(AuditAction.PASSWORD_CHANGED, account)).isZero();
		this.mvc.perform(formLogin().user(account.username()).password(AccessFixtures.PASSWORD))
			.andExpect(authenticated());
	}

	@Test
	void theSessionLivesInTheDatabaseUntilSigningOut() throws Exception {
		TestAccount account = this.fixtures.account(Role.HOST);
		Cookie session = this.fixtures.signIn(account.username(), AccessFixtures.PASSWORD);

		// any instance finds it by the cookie alone: it is a row, not memory of this one
		assertThat(sessionsOf(account)).isEqualTo(1);
		this.mvc.perform(get("/console/account").cookie(session)).andExpect(status().isOk());

		this.mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
		assertThat(sessionsOf(account)).isZero();
		this.mvc.perform(get("/console/account").cookie(session)).andExpect(redirectedUrl("/login"));
	}

	private long sessionsOf(TestAccount account) {
		return this.jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = :name")
			.param("name", account.username())
			.query(Long.class)
			.single();
	}

	@Test
	void signingOutIsAudited() throws Exception {
		TestAccount account = this.fixtures.account(Role.HOST);
		Cookie session = this.fixtures.signIn(account.username(), AccessFixtures.PASSWORD);
		this.mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
		assertThat(eventsOf(AuditAction.SIGN_OUT, account)).isEqualTo(1);
	}

	private long eventsOf(AuditAction action, TestAccount account) {
		return this.audit
			.search(new AuditQuery(action, null, "account", String.valueOf(account.id()), null, null),
					new PageQuery(0, 50))
			.totalItems();
	}

}

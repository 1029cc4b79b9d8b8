package vn.lachan.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.lachan.access.internal.AccountManagement;
import vn.lachan.access.internal.AccountManagement.AccountDetails;
import vn.lachan.shared.DemoData;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;
import vn.lachan.shared.security.SystemUser;
import vn.lachan.territory.TerritoryCatalog;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

/**
 * Accounts of the tests' own, with unique usernames, so that the suite runs again and
 * again on the same PostgreSQL database and never touches the demo accounts.
 */
final class AccessFixtures {

	/** The password of every fixture account. */
	static final String PASSWORD = "Fixture-Pass-2026";

	/** GSO code of Phường Vị Hoàng, the demo city's first ward. */
	static final String VI_HOANG = "13639";

	private final AccountManagement accounts;

	private final TerritoryCatalog territory;

	private final MockMvc mvc;

	AccessFixtures(AccountManagement accounts, TerritoryCatalog territory, MockMvc mvc) {
		this.accounts = accounts;
		this.territory = territory;
		this.mvc = mvc;
	}

	/** A fresh account; every role but {@code ADMIN} is bound to Vị Hoàng. */
	TestAccount account(Role role) {
		String username = unique(role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
		Long unitId = (role == Role.ADMIN) ? null : viHoang();
		AccountSummary summary = this.accounts.create(SystemUser.INSTANCE, username, PASSWORD,
				new AccountDetails("Tài khoản thử " + username, null, role, unitId, Set.of()));
		return new TestAccount(summary.id(), username, role, unitId);
	}

	/** A fresh account with a personal API token. */
	TestAccount accountWithToken(Role role) {
		TestAccount account = account(role);
		String token = this.accounts.issueToken(account.asCurrentUser(), "test").value();
		return account.withToken(token);
	}

	long viHoang() {
		return this.territory.findUnitByCode(VI_HOANG, DemoData.AS_OF).orElseThrow().id();
	}

	/** Signs in through the real login form and answers the session. */
	Cookie signIn(String username, String password) throws Exception {
		MvcResult result = this.mvc.perform(formLogin().user(username).password(password))
			.andExpect(authenticated())
			.andReturn();
		return result.getResponse().getCookie("SESSION");
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static String sha256(String value) throws NoSuchAlgorithmException {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * An account made for a test.
	 */
	record TestAccount(long id, String username, Role role, Long unitId, String token) {

		TestAccount(long id, String username, Role role, Long unitId) {
			this(id, username, role, unitId, null);
		}

		TestAccount withToken(String value) {
			return new TestAccount(this.id, this.username, this.role, this.unitId, value);
		}

		String bearer() {
			return "Bearer " + this.token;
		}

		CurrentUser asCurrentUser() {
			return new CurrentUser(this.id, this.username, this.username, this.role, this.unitId, Set.of(), Set.of());
		}

	}

}

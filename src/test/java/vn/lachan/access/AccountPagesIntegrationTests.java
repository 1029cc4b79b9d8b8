package vn.lachan.access;

import jakarta.servlet.http.Cookie;

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
import vn.lachan.access.internal.AccountView;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.security.Role;
import vn.lachan.territory.ResidentialGroupSummary;
import vn.lachan.territory.TerritoryCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrators' account and audit pages, and that nobody else may open them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccountPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TerritoryCatalog territory;

	AccessFixtures fixtures;

	TestAccount admin;

	Cookie session;

	@BeforeEach
	void signIn() throws Exception {
		this.fixtures = new AccessFixtures(this.accounts, this.territory, this.mvc);
		this.admin = this.fixtures.account(Role.ADMIN);
		this.session = this.fixtures.signIn(this.admin.username(), AccessFixtures.PASSWORD);
	}

	@Test
	void everyPageShowsTheNavigationOfTheSignedInPersonAndTheirUnit() throws Exception {
		Cookie officer = this.fixtures.signIn("vihoang", "LaChan@2022");
		this.mvc.perform(get("/console/forces/teams").cookie(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Phường Vị Hoàng</span>")))
			.andExpect(content().string(containsString("href=\"/console/forces/teams\"")))
			.andExpect(content().string(containsString("aria-current=\"page\"")))
			.andExpect(content().string(not(containsString("href=\"/console/admin/accounts\""))));
		this.mvc.perform(get("/console/admin/accounts").cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/console/admin/accounts\"")))
			.andExpect(content().string(containsString("href=\"/console/admin/audit\"")));
		// error pages too: exception handlers make them, past the interceptors
		this.mvc.perform(get("/console/tips/987654321").cookie(officer))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString(">Phường Vị Hoàng</span>")))
			.andExpect(content().string(containsString("href=\"/console/forces/teams\"")));
	}

	@Test
	void theAdministratorsPagesAnswer403ForEveryoneElse() throws Exception {
		TestAccount officer = this.fixtures.account(Role.COMMITTEE);
		Cookie officerSession = this.fixtures.signIn(officer.username(), AccessFixtures.PASSWORD);
		for (String path : new String[] { "/console/admin/accounts", "/console/admin/accounts/new",
				"/console/admin/accounts/" + officer.id(), "/console/admin/audit" }) {
			this.mvc.perform(get(path).cookie(officerSession)).andExpect(status().isForbidden());
		}
		this.mvc
			.perform(post("/console/admin/accounts/{id}/password", officer.id()).cookie(officerSession)
				.with(csrf())
				.param("newPassword", "Hijack-Pass-2026")
				.param("confirmation", "Hijack-Pass-2026"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/console/account").cookie(officerSession))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(officer.username())));
	}

	@Test
	void createsAnAreaOfficerWithGroupsThroughTheForm() throws Exception {
		long viHoang = this.fixtures.viHoang();
		ResidentialGroupSummary group = registerGroup(viHoang);
		this.mvc.perform(get("/console/admin/accounts/new").cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vị Hoàng")));
		this.mvc
			.perform(
					get("/console/admin/accounts/groups").param("unitId", String.valueOf(viHoang)).cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(group.name())));

		String username = AccessFixtures.unique("cskv");
		this.mvc
			.perform(post("/console/admin/accounts/new").cookie(this.session)
				.with(csrf())
				.param("username", username)
				.param("displayName", "Cảnh sát khu vực " + username)
				.param("role", "AREA_OFFICER")
				.param("unitId", String.valueOf(viHoang))
				.param("groupIds", String.valueOf(group.id()))
				.param("password", "Initial-Pass-2026"))
			.andExpect(redirectedUrlPattern("/console/admin/accounts/*"))
			.andExpect(flash().attribute("success", containsString(username)));
		AccountView created = find(username);
		assertThat(created.role()).isEqualTo(Role.AREA_OFFICER);
		assertThat(created.groupIds()).containsExactly(group.id());

		this.mvc.perform(get("/console/admin/accounts").param("q", username).cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(username)));
	}

	@Test
	void badInputReshowsTheFormAndStoresNothing() throws Exception {
		String username = AccessFixtures.unique("bad");
		this.mvc
			.perform(post("/console/admin/accounts/new").cookie(this.session)
				.with(csrf())
				.param("lang", "en")
				.param("username", username)
				.param("displayName", " ")
				.param("email", "nope")
				.param("role", "WARD_OFFICER")
				.param("password", "Initial-Pass-2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This field is required.")))
			.andExpect(content().string(containsString("Not a valid email address.")))
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(not(containsString("Initial-Pass-2026"))));
		this.mvc
			.perform(post("/console/admin/accounts/new").cookie(this.session)
				.with(csrf())
				.param("lang", "en")
				.param("username", username)
				.param("displayName", "Không có đơn vị")
				.param("role", "WARD_OFFICER")
				.param("password", "Initial-Pass-2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("An account must be bound to an administrative unit.")));
		this.mvc
			.perform(post("/console/admin/accounts/new").cookie(this.session)
				.with(csrf())
				.param("lang", "en")
				.param("username", this.admin.username())
				.param("displayName", "Trùng tên")
				.param("role", "ADMIN")
				.param("password", "Initial-Pass-2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is already taken")));
		assertThat(this.accounts.search(new AccountSearch(username, null, null), new PageQuery(0, 5)).items())
			.isEmpty();
	}

	@Test
	void editsDisablesAfterConfirmationAndEnablesAgain() throws Exception {
		TestAccount officer = this.fixtures.account(Role.WARD_OFFICER);
		Cookie officerSession = this.fixtures.signIn(officer.username(), AccessFixtures.PASSWORD);
		this.mvc.perform(get("/console/admin/accounts/{id}", officer.id()).cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(officer.username())));
		this.mvc
			.perform(post("/console/admin/accounts/{id}", officer.id()).cookie(this.session)
				.with(csrf())
				.param("displayName", "Tên mới")
				.param("email", "moi@example.vn")
				.param("role", "WARD_OFFICER")
				.param("unitId", String.valueOf(officer.unitId())))
			.andExpect(redirectedUrl("/console/admin/accounts/" + officer.id()));
		assertThat(this.accounts.view(officer.id()).displayName()).isEqualTo("Tên mới");

		this.mvc.perform(get("/console/admin/accounts/{id}/disable", officer.id()).cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tên mới")));
		assertThat(this.accounts.view(officer.id()).enabled()).isTrue();
		this.mvc.perform(post("/console/admin/accounts/{id}/disable", officer.id()).cookie(this.session).with(csrf()))
			.andExpect(redirectedUrl("/console/admin/accounts/" + officer.id()));
		assertThat(this.accounts.view(officer.id()).enabled()).isFalse();
		this.mvc.perform(get("/console").cookie(officerSession)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(formLogin().user(officer.username()).password(AccessFixtures.PASSWORD))
			.andExpect(unauthenticated());
		this.mvc.perform(post("/console/admin/accounts/{id}/enable", officer.id()).cookie(this.session).with(csrf()))
			.andExpect(redirectedUrl("/console/admin/accounts/" + officer.id()));
		assertThat(this.accounts.view(officer.id()).enabled()).isTrue();
	}

	@Test
	void anAdministratorCannotDisableThemself() throws Exception {
		this.mvc.perform(get("/console/admin/accounts/{id}", this.admin.id()).cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/disable\""))));
		this.mvc.perform(get("/console/admin/accounts/{id}/disable", this.admin.id()).cookie(this.session))
			.andExpect(redirectedUrl("/console/admin/accounts/" + this.admin.id()))
			.andExpect(flash().attributeExists("error"));
		this.mvc
			.perform(post("/console/admin/accounts/{id}/disable", this.admin.id()).cookie(this.session).with(csrf()))
			.andExpect(flash().attributeExists("error"));
		assertThat(this.accounts.view(this.admin.id()).enabled()).isTrue();
	}

	@Test
	void aPasswordResetNeedsTheSamePasswordTwice() throws Exception {
		TestAccount officer = this.fixtures.account(Role.HOST);
		this.mvc
			.perform(post("/console/admin/accounts/{id}/password", officer.id()).cookie(this.session)
				.with(csrf())
				.param("lang", "en")
				.param("newPassword", "Reset-Pass-2026")
				.param("confirmation", "Reset-Pass-2027"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The two passwords do not match.")));
		this.mvc
			.perform(post("/console/admin/accounts/{id}/password", officer.id()).cookie(this.session)
				.with(csrf())
				.param("lang", "en")
				.param("newPassword", "tooshort1")
				.param("confirmation", "tooshort1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("at least 10 characters")));
	}

	@Test
	void theAuditPageShowsFilteredEventsInVietnamTime() throws Exception {
		TestAccount officer = this.fixtures.account(Role.WARD_OFFICER);
		this.accounts.disable(this.admin.asCurrentUser(), officer.id());
		this.mvc
			.perform(get("/console/admin/audit").cookie(this.session)
				.param("lang", "en")
				.param("action", "ACCOUNT_DISABLED")
				.param("recordType", "account")
				.param("recordId", String.valueOf(officer.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Account disabled")))
			.andExpect(content().string(containsString(this.admin.username())));
		this.mvc.perform(get("/console/admin/audit").cookie(this.session).param("from", "not-a-date"))
			.andExpect(status().isOk());
	}

	/** A residential group of the test's own, through the territory API. */
	private ResidentialGroupSummary registerGroup(long unitId) throws Exception {
		TestAccount registrar = this.fixtures.accountWithToken(Role.ADMIN);
		String name = AccessFixtures.unique("Tổ dân phố thử");
		this.mvc
			.perform(post("/api/v1/admin-units/{id}/residential-groups", unitId)
				.header(HttpHeaders.AUTHORIZATION, registrar.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "%s", "kind": "RESIDENTIAL_GROUP", "households": 10, "residents": 40}
						""".formatted(name)))
			.andExpect(status().isCreated());
		return this.territory.groupsOf(unitId)
			.stream()
			.filter((group) -> group.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private AccountView find(String username) {
		return this.accounts.search(new AccountSearch(username, null, null), new PageQuery(0, 5))
			.items()
			.stream()
			.filter((account) -> account.username().equals(username))
			.findFirst()
			.orElseThrow();
	}

}

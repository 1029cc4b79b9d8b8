package vn.lachan.territory;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.lachan.shared.DemoData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * What the territory tests share: the demo wards, signing in through the real login form,
 * and names no other test uses (the PostgreSQL run keeps data between test classes).
 */
public final class TerritoryFixtures {

	public static final LocalDate SPRING_2022 = DemoData.AS_OF;

	public static final LocalDate AUTUMN_2024 = LocalDate.of(2024, 9, 1);

	public static final LocalDate SUMMER_2025 = LocalDate.of(2025, 7, 1);

	public static final String VI_HOANG = "13639";

	public static final String THONG_NHAT = "13681";

	/** A ward whose demo figures no test asserts: tests add and change records there. */
	public static final String MY_XA = "13699";

	private TerritoryFixtures() {
	}

	public static AdminUnitSummary ward(TerritoryCatalog catalog, String code) {
		return catalog.findUnitByCode(code, SPRING_2022).orElseThrow();
	}

	/** A name no other test and no earlier run has used. */
	public static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	/** Signs in through the login form with the demo password; answers the session. */
	public static Cookie signIn(MockMvc mvc, String username) throws Exception {
		MvcResult result = mvc.perform(formLogin("/login").user(username).password(DemoData.PASSWORD)).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).as("sign-in of " + username).isEqualTo("/console");
		return result.getResponse().getCookie("SESSION");
	}

}

package vn.lachan;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.condition.DisabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import vn.lachan.shared.DemoData;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.territory.AdminUnitSummary;
import vn.lachan.territory.PlaceQuery;
import vn.lachan.territory.TerritoryCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A person's path through the application in a real headless Chromium: sign in through
 * the form, the dashboard, the territory pages and the map, on a desktop window and on a
 * phone.
 * <p>
 * The browser is Debian's, as {@link BrowserSession} finds it: without it the tests are
 * skipped on a developer's machine and fail under CI ({@code CI=true}), where they must
 * run.
 */
@Tag("browser")
@DisabledIf(value = "vn.lachan.BrowserSession#browserMissingOutsideCi",
		disabledReason = "no chromium/chromedriver on this machine (apt-get install -y chromium chromium-driver); "
				+ "under CI=true the tests fail instead")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BrowserIntegrationTests {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@LocalServerPort
	private int port;

	@Autowired
	private TerritoryCatalog territory;

	@Autowired
	private MessageSource messages;

	private BrowserSession browser;

	private WebDriver driver;

	@BeforeAll
	static void findBrowser() {
		BrowserSession.requireBrowser();
	}

	/**
	 * Keeps what the browser showed last in target/browser-screenshots, then closes it.
	 */
	@AfterEach
	void closeBrowser(TestInfo test) throws IOException {
		if (this.browser != null) {
			this.browser.closeWithScreenshot(test.getTestMethod().orElseThrow().getName());
		}
	}

	@Test
	void theBrowserRefusesAnInlineStyleAndClosingFailsOnIt() {
		open(1280, 900, false);
		this.browser.get("/login");
		this.browser.visible(By.id("username"));
		assertThat(this.browser.policyViolations()).isEmpty();
		// what an injected <style> would do: the policy refuses it, the console says so
		this.browser.script("var style = document.createElement('style');"
				+ "style.textContent = 'body { color: rgb(255, 0, 0); }'; document.head.appendChild(style);");
		this.browser.waitUntil(driver -> !this.browser.policyViolations().isEmpty());
		assertThat(this.browser.policyViolations()).anySatisfy(line -> assertThat(line).contains("style-src"));
		assertThat(this.browser.script("return getComputedStyle(document.body).color;")).isNotEqualTo("rgb(255, 0, 0)");
		BrowserSession violated = this.browser;
		this.browser = null;
		assertThatThrownBy(violated::close).hasMessageContaining("Content-Security-Policy");
	}

	@Test
	void wardOfficerSignsInAndOpensTheTerritoryPages() {
		open(1280, 900, false);
		signIn("vihoang");

		// The dashboard of Vị Hoàng: its residential groups (7 in the demo) and places
		assertThat(heading()).isEqualTo(message("dashboard.heading"));
		assertThat(text(By.id("figure-groups"))).isEqualTo(groupsOfViHoang());
		assertThat(text(By.id("figure-places"))).isEqualTo(placesOfViHoang());
		assertThat(bodyText()).contains("Công an phường Vị Hoàng");

		// The unit tree
		get("/console/territory");
		assertNoErrorPage();
		assertThat(heading()).isNotBlank();
		assertThat(bodyText()).contains("Vị Hoàng");

		// The ward's residential groups and places
		get("/console/territory/units/" + viHoang().id());
		assertNoErrorPage();
		assertThat(heading()).isNotBlank();
		assertThat(bodyText()).contains("Vị Hoàng", "Tổ dân phố số 1", "Tổ dân phố số 7", "Chợ Vị Hoàng")
			.doesNotContain("Chợ Cửa Trường");

		// The map of places: Leaflet draws markers even without tiles (no internet)
		get("/console/territory/map");
		assertNoErrorPage();
		assertThat(this.driver.findElement(By.id("map")).isDisplayed()).isTrue();
		List<WebElement> markers = this.browser
			.waitUntil(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".leaflet-marker-icon"), 0));
		assertThat(markers).isNotEmpty();
	}

	@Test
	void wrongPasswordIsRefusedAndSigningOutEndsTheSession() {
		open(1280, 900, false);
		get("/login");
		this.driver.findElement(By.id("username")).sendKeys("committee");
		this.driver.findElement(By.id("password")).sendKeys("not-the-password-1");
		this.driver.findElement(By.cssSelector("form button[type=submit]")).click();
		this.browser.waitUntil(ExpectedConditions.urlContains("error"));
		assertThat(text(By.cssSelector(".alert-danger"))).isEqualTo(message("login.failed"));

		signIn("committee");
		assertThat(heading()).isEqualTo(message("dashboard.heading"));
		this.driver.findElement(By.cssSelector("form[action$='/logout'] button")).click();
		this.browser.waitUntil(ExpectedConditions.urlContains("logout"));
		assertThat(text(By.cssSelector(".alert-success"))).isEqualTo(message("login.logged-out"));

		get("/console");
		this.browser.waitUntil(ExpectedConditions.urlContains("/login"));
		assertThat(this.driver.findElements(By.id("username"))).hasSize(1);
	}

	@Test
	void forceMemberSignsInOnAPhone() {
		open(390, 844, true);
		get("/");
		assertThat(heading()).isEqualTo(message("home.heading"));
		this.driver.findElement(By.cssSelector("main a[href$='/login']")).click();
		signInOnLoginPage("totruong");

		assertThat(heading()).isEqualTo(message("dashboard.heading"));
		assertThat(this.driver.findElement(By.id("figure-groups")).isDisplayed()).isTrue();
		assertThat(text(By.id("figure-groups"))).isEqualTo(groupsOfViHoang());
		// The navigation folds into the menu button, and nothing is wider than the phone
		assertThat(this.driver.findElement(By.cssSelector(".navbar-toggler")).isDisplayed()).isTrue();
		assertThat((Long) this.browser.script("return window.innerWidth;")).isEqualTo(390L);
		long overflow = this.browser.horizontalOverflow();
		assertThat(overflow).as("horizontal overflow in px on a 390 px wide screen").isLessThanOrEqualTo(0);
	}

	/**
	 * A browser window of that size; with {@code phone}, an emulated phone screen (a
	 * desktop window cannot be narrower than 500 px).
	 */
	private void open(int width, int height, boolean phone) {
		this.browser = phone ? BrowserSession.phone(this.port, width, height, BrowserSession.REDUCED_MOTION)
				: BrowserSession.desktop(this.port, width, height, BrowserSession.REDUCED_MOTION);
		this.driver = this.browser.driver();
	}

	private void signIn(String username) {
		get("/login");
		signInOnLoginPage(username);
	}

	private void signInOnLoginPage(String username) {
		this.browser.submitSignIn(username);
		this.browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("figure-groups")));
		assertThat(this.driver.getCurrentUrl()).endsWith("/console");
	}

	private void get(String path) {
		this.browser.get(path);
	}

	private AdminUnitSummary viHoang() {
		return this.territory.findUnitByCode("13639", DemoData.AS_OF).orElseThrow();
	}

	/**
	 * As the dashboard shows it; other tests may have added groups since the demo load.
	 */
	private String groupsOfViHoang() {
		int groups = this.territory.groupsOf(viHoang().id()).size();
		assertThat(groups).as("residential groups of Vị Hoàng").isGreaterThanOrEqualTo(7);
		return String.valueOf(groups);
	}

	private String placesOfViHoang() {
		long places = this.territory.findPlaces(new PlaceQuery(Set.of(viHoang().id()), null, null), new PageQuery(0, 1))
			.totalItems();
		assertThat(places).as("places of Vị Hoàng").isGreaterThanOrEqualTo(2);
		return String.valueOf(places);
	}

	/** The error pages' titles, in both languages, must not be what the browser shows. */
	private void assertNoErrorPage() {
		String title = this.driver.getTitle();
		for (String status : List.of("403", "404", "500", "error")) {
			for (Locale locale : List.of(VIETNAMESE, Locale.ENGLISH)) {
				String errorTitle = this.messages.getMessage("error." + status + ".title", null, locale);
				assertThat(title).as("page %s", this.driver.getCurrentUrl()).doesNotStartWith(errorTitle);
			}
		}
		assertThat(this.driver.findElements(By.tagName("h1"))).as("a heading on %s", this.driver.getCurrentUrl())
			.isNotEmpty();
	}

	private String heading() {
		return text(By.tagName("h1"));
	}

	private String text(By by) {
		return this.browser.text(by);
	}

	private String bodyText() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, VIETNAMESE);
	}

}

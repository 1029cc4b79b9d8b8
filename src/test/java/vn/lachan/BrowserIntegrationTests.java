package vn.lachan;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

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
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A person's path through the application in a real headless Chromium: sign in through
 * the form, the dashboard, the territory pages and the map, on a desktop window and on a
 * phone.
 * <p>
 * Uses Debian's {@code chromium} and {@code chromium-driver} ({@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver}; {@code CHROMIUM_BINARY} and {@code CHROMEDRIVER} point
 * elsewhere), so Selenium Manager never downloads anything. Without them the tests are
 * skipped on a developer's machine and fail under CI ({@code CI=true}), where they must
 * run.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BrowserIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static File chromedriver;

	private static File chromium;

	@LocalServerPort
	private int port;

	@Autowired
	private TerritoryCatalog territory;

	@Autowired
	private MessageSource messages;

	private WebDriver driver;

	private Path profile;

	@BeforeAll
	static void findBrowser() {
		chromium = new File(setting("CHROMIUM_BINARY", "/usr/bin/chromium"));
		chromedriver = new File(setting("CHROMEDRIVER", "/usr/bin/chromedriver"));
		if (!chromium.canExecute() || !chromedriver.canExecute()) {
			String message = "Browser tests need " + chromium + " and " + chromedriver
					+ " (apt-get install -y chromium chromium-driver)";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail(message + ": they must run in CI");
			}
			Assumptions.abort(message + "; skipped outside CI");
		}
	}

	/**
	 * Keeps what the browser showed last in target/browser-screenshots, then closes it.
	 */
	@AfterEach
	void closeBrowser(TestInfo test) throws IOException {
		if (this.driver != null) {
			try {
				Path screenshots = Files.createDirectories(Path.of("target", "browser-screenshots"));
				byte[] png = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES);
				Files.write(screenshots.resolve(test.getTestMethod().orElseThrow().getName() + ".png"), png);
			}
			finally {
				this.driver.quit();
			}
		}
		if (this.profile != null) {
			try (Stream<Path> files = Files.walk(this.profile)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
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
		List<WebElement> markers = new WebDriverWait(this.driver, WAIT)
			.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".leaflet-marker-icon"), 0));
		assertThat(markers).isNotEmpty();
	}

	@Test
	void wrongPasswordIsRefusedAndSigningOutEndsTheSession() {
		open(1280, 900, false);
		get("/login");
		this.driver.findElement(By.id("username")).sendKeys("committee");
		this.driver.findElement(By.id("password")).sendKeys("not-the-password-1");
		this.driver.findElement(By.cssSelector("form button[type=submit]")).click();
		new WebDriverWait(this.driver, WAIT).until(ExpectedConditions.urlContains("error"));
		assertThat(text(By.cssSelector(".alert-danger"))).isEqualTo(message("login.failed"));

		signIn("committee");
		assertThat(heading()).isEqualTo(message("dashboard.heading"));
		this.driver.findElement(By.cssSelector("form[action$='/logout'] button")).click();
		new WebDriverWait(this.driver, WAIT).until(ExpectedConditions.urlContains("logout"));
		assertThat(text(By.cssSelector(".alert-success"))).isEqualTo(message("login.logged-out"));

		get("/console");
		new WebDriverWait(this.driver, WAIT).until(ExpectedConditions.urlContains("/login"));
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
		JavascriptExecutor script = (JavascriptExecutor) this.driver;
		assertThat((Long) script.executeScript("return window.innerWidth;")).isEqualTo(390L);
		long overflow = (Long) script
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(overflow).as("horizontal overflow in px on a 390 px wide screen").isLessThanOrEqualTo(0);
	}

	/**
	 * A browser window of that size; with {@code phone}, an emulated phone screen (a
	 * desktop window cannot be narrower than 500 px).
	 */
	private void open(int width, int height, boolean phone) {
		try {
			this.profile = Files.createTempDirectory("lachan-chromium-");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		// Quitting a driver stops its service: one service per browser
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=" + width + "," + height, "--user-data-dir=" + this.profile, "--lang=vi",
				// Bootstrap scrolls smoothly otherwise, and a click lands before the
				// scroll ends
				"--force-prefers-reduced-motion");
		if (phone) {
			options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
					Map.of("width", width, "height", height, "pixelRatio", 3.0, "touch", true, "mobile", true)));
		}
		this.driver = new ChromeDriver(service, options);
	}

	private void signIn(String username) {
		get("/login");
		signInOnLoginPage(username);
	}

	private void signInOnLoginPage(String username) {
		new WebDriverWait(this.driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("username")))
			.sendKeys(username);
		this.driver.findElement(By.id("password")).sendKeys(DemoData.PASSWORD);
		this.driver.findElement(By.cssSelector("form button[type=submit]")).click();
		new WebDriverWait(this.driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("figure-groups")));
		assertThat(this.driver.getCurrentUrl()).endsWith("/console");
	}

	private void get(String path) {
		this.driver.get("http://localhost:" + this.port + path);
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
		return new WebDriverWait(this.driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(by))
			.getText()
			.strip();
	}

	private String bodyText() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, VIETNAMESE);
	}

	private static String setting(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}

package vn.lachan.residence;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lachan.shared.DemoData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * On a phone-sized headless Chromium: the host {@code chunha} declares two guests, gets a
 * receipt and records one departure; the area officer of Mỹ Xá then sees the guest still
 * staying in the current-guests list of that residential group, and not the one who left.
 * Browser set-up as in {@code vn.lachan.BrowserIntegrationTests}.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ResidenceBrowserIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static File chromedriver;

	private static File chromium;

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	private WebDriver driver;

	private Path profile;

	@BeforeAll
	static void findBrowser() {
		chromium = new File(setting("CHROMIUM_BINARY", "/usr/bin/chromium"));
		chromedriver = new File(setting("CHROMEDRIVER", "/usr/bin/chromedriver"));
		if (!chromium.canExecute() || !chromedriver.canExecute()) {
			String message = "Browser tests need " + chromium + " and " + chromedriver;
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail(message + ": they must run in CI");
			}
			Assumptions.abort(message + "; skipped outside CI");
		}
	}

	@AfterEach
	void closeBrowser(TestInfo test) throws IOException {
		quit(test.getTestMethod().orElseThrow().getName());
	}

	@Test
	void hostDeclaresTwoGuestsAndTheAreaOfficerSeesWhoIsStaying() throws IOException {
		String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
		String first = "Trần Thị Khách " + suffix;
		String second = "Lê Văn Khách " + suffix;

		open();
		signIn("chunha");
		get("/console/residence");
		click(this.driver.findElements(By.cssSelector("a.declare-link")).get(0));
		waitFor(By.id("declare-form"));
		fillGuest(0, first, "1996-04-12", "036196000" + digits(3));
		click(this.driver.findElement(By.id("add-guest")));
		new WebDriverWait(this.driver, WAIT)
			.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("fieldset.guest"), 2));
		fillGuest(1, second, "1988-09-30", "036088000" + digits(3));
		assertNoHorizontalOverflow();
		click(this.driver.findElement(By.id("send")));

		String receipt = text(By.id("receipt-number"));
		assertThat(receipt).startsWith("LT");
		List<WebElement> names = this.driver.findElements(By.cssSelector(".guest-name"));
		assertThat(names).extracting(WebElement::getText).containsExactly(first, second);
		click(this.driver.findElements(By.cssSelector("button.depart")).get(0));
		new WebDriverWait(this.driver, WAIT)
			.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".departed"), 1));
		assertThat(this.driver.findElements(By.cssSelector("button.depart"))).hasSize(1);
		assertThat(text(By.id("receipt-number"))).isEqualTo(receipt);
		quit("hostDeclares");

		long group = this.jdbc.sql("""
				SELECT a.group_id FROM stay s JOIN accommodation a ON a.id = s.accommodation_id
				WHERE s.full_name = :name""").param("name", second).query(Long.class).single();
		open();
		signIn(ResidenceDemoDataNames.AREA_OFFICER);
		get("/console/residence?group=" + group);
		String guests = text(By.id("current-guests"));
		assertThat(guests).contains(second).doesNotContain(first);
		assertNoHorizontalOverflow();
	}

	private void fillGuest(int index, String name, String birthDate, String number) {
		type("guests" + index + ".fullName", name);
		setValue("guests" + index + ".birthDate", birthDate);
		type("guests" + index + ".documentNumber", number);
		type("guests" + index + ".reason", "Lao động");
		type("guests" + index + ".room", "P" + (index + 1));
	}

	/** Scrolls the element to the middle of the small screen, then taps it. */
	private void click(WebElement element) {
		((JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		new WebDriverWait(this.driver, WAIT).until(ExpectedConditions.elementToBeClickable(element));
		((JavascriptExecutor) this.driver).executeScript("arguments[0].click();", element);
	}

	private void type(String id, String value) {
		WebElement input = this.driver.findElement(By.id(id));
		input.clear();
		input.sendKeys(value);
	}

	/**
	 * Date inputs take their value in the browser's locale when typed: set it directly.
	 */
	private void setValue(String id, String value) {
		((JavascriptExecutor) this.driver).executeScript("arguments[0].value = arguments[1];",
				this.driver.findElement(By.id(id)), value);
	}

	private static String digits(int count) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < count; i++) {
			out.append((int) (Math.random() * 10));
		}
		return out.toString();
	}

	private void assertNoHorizontalOverflow() {
		long overflow = (Long) ((JavascriptExecutor) this.driver)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(overflow).as("horizontal overflow on %s", this.driver.getCurrentUrl()).isLessThanOrEqualTo(0);
	}

	private void open() throws IOException {
		this.profile = Files.createTempDirectory("lachan-chromium-");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=390,844", "--user-data-dir=" + this.profile, "--lang=vi");
		options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
				Map.of("width", 390, "height", 844, "pixelRatio", 3.0, "touch", true, "mobile", true)));
		this.driver = new ChromeDriver(service, options);
	}

	private void quit(String name) throws IOException {
		if (this.driver != null) {
			try {
				Path screenshots = Files.createDirectories(Path.of("target", "browser-screenshots"));
				byte[] png = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES);
				Files.write(screenshots.resolve("residence-" + name + ".png"), png);
			}
			finally {
				this.driver.quit();
				this.driver = null;
			}
		}
		if (this.profile != null) {
			try (Stream<Path> files = Files.walk(this.profile)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
			this.profile = null;
		}
	}

	private void signIn(String username) {
		get("/login");
		waitFor(By.id("username")).sendKeys(username);
		this.driver.findElement(By.id("password")).sendKeys(DemoData.PASSWORD);
		this.driver.findElement(By.cssSelector("form button[type=submit]")).click();
		new WebDriverWait(this.driver, WAIT).until(ExpectedConditions.urlContains("/console"));
	}

	private void get(String path) {
		this.driver.get("http://localhost:" + this.port + path);
	}

	private WebElement waitFor(By by) {
		return new WebDriverWait(this.driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	private String text(By by) {
		return new WebDriverWait(this.driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(by))
			.getText()
			.strip();
	}

	private static String setting(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

	/** The demo names this test relies on. */
	static final class ResidenceDemoDataNames {

		static final String AREA_OFFICER = "khuvucmyxa";

		private ResidenceDemoDataNames() {
		}

	}

}

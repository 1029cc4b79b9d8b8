package vn.lachan.forces;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
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
 * A force member on a phone-sized headless Chromium logs a patrol; the same submission
 * sent again (the same form, the same idempotency key) is stored once.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ForcesBrowserIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static File chromedriver;

	private static File chromium;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

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
	void closeBrowser() throws IOException {
		if (this.driver != null) {
			this.driver.quit();
		}
		if (this.profile != null) {
			try (Stream<Path> files = Files.walk(this.profile)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

	@Test
	void aMemberLogsAPatrolFromAPhoneAndARetriedSubmissionIsStoredOnce() {
		openPhone(390, 844);
		get("/login");
		wait(By.id("username")).sendKeys("totruong");
		this.driver.findElement(By.id("password")).sendKeys(DemoData.PASSWORD);
		this.driver.findElement(By.cssSelector("form button[type=submit]")).click();
		wait(By.id("figure-groups"));

		get("/console/forces/activities/new");
		wait(By.id("activity-form"));
		String place = ForcesFixtures.unique("Chợ Vị Hoàng, cổng chính");
		this.driver.findElement(By.id("place")).sendKeys(place);
		this.driver.findElement(By.id("notes")).sendKeys("Tuần tra ca tối, không phát hiện vụ việc.");
		String key = this.driver.findElement(By.id("idempotencyKey")).getDomAttribute("value");
		assertThat(key).isNotBlank();
		JavascriptExecutor script = (JavascriptExecutor) this.driver;
		// Keep the form as sent, to send it again as a phone would after a lost answer
		script.executeScript("window.name = new URLSearchParams(new FormData(document.getElementById('activity-form')))"
				+ ".toString();");
		long overflow = (Long) script
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(overflow).as("horizontal overflow on a 390 px wide screen").isLessThanOrEqualTo(0);
		this.driver.findElement(By.id("submit-activity")).click();

		assertThat(wait(By.cssSelector(".alert-success")).getText()).contains("Đã ghi nhận hoạt động.");
		assertThat(this.driver.findElement(By.id("activities")).getText()).contains(place).contains("Tuần tra");

		Object status = script.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch('/console/forces/activities', { method: 'POST', body: new URLSearchParams(window.name),
				  headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })
				  .then((response) => response.text().then((text) => done(response.status + ' ' + text)))
				  .catch((error) => done('failed ' + error));
				""");
		assertThat((String) status).startsWith("200").contains("đã được ghi nhận trước đó");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM forces_activity WHERE idempotency_key = :key AND place = :place")
			.param("key", key)
			.param("place", place)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private void openPhone(int width, int height) {
		try {
			this.profile = Files.createTempDirectory("lachan-chromium-");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=" + width + "," + height, "--user-data-dir=" + this.profile, "--lang=vi",
				"--force-prefers-reduced-motion");
		options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
				Map.of("width", width, "height", height, "pixelRatio", 3.0, "touch", true, "mobile", true)));
		this.driver = new ChromeDriver(service, options);
	}

	private void get(String path) {
		this.driver.get("http://localhost:" + this.port + path);
	}

	private org.openqa.selenium.WebElement wait(By by) {
		return new WebDriverWait(this.driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	private static String setting(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}

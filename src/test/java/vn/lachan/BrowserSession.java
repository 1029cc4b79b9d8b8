package vn.lachan;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.lachan.shared.DemoData;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * One headless Chromium for a browser test, against the application on a local port: its
 * own throw-away profile and its own driver service, helpers to load a page and wait for
 * it, and {@link #close()} or {@link #closeWithScreenshot(String)} when the test is done.
 * <p>
 * Uses Debian's {@code chromium} and {@code chromium-driver} ({@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver}; {@code CHROMIUM_BINARY} and {@code CHROMEDRIVER} point
 * elsewhere), so Selenium Manager never downloads anything. Without them browser tests
 * are skipped on a developer's machine and fail under CI ({@code CI=true}), where they
 * must run: see {@link #requireBrowser()} and {@link #browserMissingOutsideCi()}.
 * <p>
 * Closing fails the test when the browser's console reported a Content-Security-Policy
 * violation on any page it showed: the pages hold no inline script or style.
 */
public final class BrowserSession {

	/** How long the helpers wait for a page or an element. */
	private static final Duration WAIT = Duration.ofSeconds(20);

	/**
	 * Bootstrap scrolls smoothly otherwise, and a click lands before the scroll ends.
	 */
	public static final String REDUCED_MOTION = "--force-prefers-reduced-motion";

	private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

	private final int port;

	private Path profile;

	private WebDriver driver;

	private final List<String> policyViolations = new ArrayList<>();

	private BrowserSession(int port) {
		this.port = port;
	}

	/**
	 * A desktop window of that size.
	 * @param port the application's local port
	 * @param arguments further Chromium arguments, such as {@link #REDUCED_MOTION}
	 */
	public static BrowserSession desktop(int port, int width, int height, String... arguments) {
		return new BrowserSession(port).start(width, height, false, arguments);
	}

	/**
	 * An emulated phone screen of that size (pixel ratio 3, touch).
	 * @param port the application's local port
	 * @param arguments further Chromium arguments, such as {@link #REDUCED_MOTION}
	 */
	public static BrowserSession phone(int port, int width, int height, String... arguments) {
		return new BrowserSession(port).start(width, height, true, arguments);
	}

	/**
	 * For a class's {@code @BeforeAll}: fails under CI when the browser is missing, and
	 * aborts (skips) the class elsewhere.
	 */
	public static void requireBrowser() {
		if (!browserPresent()) {
			if (isCi()) {
				fail(missingBrowserMessage() + ": they must run in CI (CI=true)");
			}
			Assumptions.abort(missingBrowserMessage() + "; skipped outside CI");
		}
	}

	/**
	 * For {@code @DisabledIf}: outside CI, a machine without the browser skips the tests
	 * (reported as skipped).
	 */
	public static boolean browserMissingOutsideCi() {
		boolean skip = !isCi() && !browserPresent();
		if (skip) {
			System.err.println("Browser tests skipped: " + missingBrowserMessage());
		}
		return skip;
	}

	private static boolean browserPresent() {
		return chromium().canExecute() && chromedriver().canExecute();
	}

	private static String missingBrowserMessage() {
		return "browser tests need " + chromium() + " and " + chromedriver()
				+ " (apt-get install -y chromium chromium-driver)";
	}

	private static boolean isCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	private static File chromium() {
		return new File(setting("CHROMIUM_BINARY", "/usr/bin/chromium"));
	}

	private static File chromedriver() {
		return new File(setting("CHROMEDRIVER", "/usr/bin/chromedriver"));
	}

	private static String setting(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

	private BrowserSession start(int width, int height, boolean phone, String... arguments) {
		try {
			this.profile = Files.createTempDirectory("lachan-chromium-");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		// Quitting a driver stops its service: one service per browser
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium());
		List<String> all = new ArrayList<>(List.of("--headless=new", "--no-sandbox", "--disable-gpu",
				"--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--no-first-run", "--window-size=" + width + "," + height,
				"--user-data-dir=" + this.profile, "--lang=vi"));
		all.addAll(List.of(arguments));
		options.addArguments(all);
		options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
		if (phone) {
			options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
					Map.of("width", width, "height", height, "pixelRatio", 3.0, "touch", true, "mobile", true)));
		}
		try {
			this.driver = new ChromeDriver(service, options);
		}
		catch (RuntimeException ex) {
			try {
				deleteProfile();
			}
			catch (IOException deleting) {
				ex.addSuppressed(deleting);
			}
			throw ex;
		}
		return this;
	}

	/** The browser itself, for what the helpers do not cover. */
	public WebDriver driver() {
		return this.driver;
	}

	/** Loads a path of the application, such as {@code /login}. */
	public void get(String path) {
		this.driver.get("http://localhost:" + this.port + path);
	}

	/** Waits up to 20 seconds for the condition. */
	public <T> T waitUntil(ExpectedCondition<T> condition) {
		return new WebDriverWait(this.driver, WAIT).until(condition);
	}

	/** The element, once it is visible. */
	public WebElement visible(By by) {
		return waitUntil(ExpectedConditions.visibilityOfElementLocated(by));
	}

	/** The element's text, once it is in the page, without surrounding white space. */
	public String text(By by) {
		return waitUntil(ExpectedConditions.presenceOfElementLocated(by)).getText().strip();
	}

	public Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	/** How many pixels the page is wider than the screen; at most 0 when it fits. */
	public long horizontalOverflow() {
		return (Long) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
	}

	/**
	 * The elements whose right edge lies past the viewport, outermost first, so that a
	 * failing overflow check names its cause.
	 */
	public String overflowingElements() {
		return String.valueOf(
				script("""
						var width = document.documentElement.clientWidth, found = [];
						document.querySelectorAll('body *').forEach(function (e) {
						  var box = e.getBoundingClientRect();
						  if (box.right > width + 0.5 && found.length < 8) {
						    found.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className + ' right=' + box.right);
						  }
						});
						return found.join('; ');"""));
	}

	/**
	 * Fills the sign-in form on the current page with a demo account and sends it; the
	 * caller waits for what it expects next.
	 */
	public void submitSignIn(String username) {
		visible(By.id("username")).sendKeys(username);
		this.driver.findElement(By.id("password")).sendKeys(DemoData.PASSWORD);
		this.driver.findElement(By.cssSelector("form button[type=submit]")).click();
	}

	/**
	 * Keeps what the browser showed last as {@code target/browser-screenshots/NAME.png},
	 * then closes it.
	 */
	public void closeWithScreenshot(String name) throws IOException {
		try {
			if (this.driver != null) {
				byte[] png = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES);
				Files.write(Files.createDirectories(SCREENSHOTS).resolve(name + ".png"), png);
			}
		}
		finally {
			close();
		}
	}

	/**
	 * The Content-Security-Policy violations the browser's console reported so far (each
	 * read takes the console's new entries).
	 */
	public List<String> policyViolations() {
		if (this.driver != null) {
			for (LogEntry entry : this.driver.manage().logs().get(LogType.BROWSER)) {
				if (entry.getMessage().contains("Content Security Policy")
						&& !this.policyViolations.contains(entry.getMessage())) {
					this.policyViolations.add(entry.getMessage());
				}
			}
		}
		return List.copyOf(this.policyViolations);
	}

	/**
	 * Quits the browser and deletes its profile; closing twice does nothing. Fails when
	 * the console reported a Content-Security-Policy violation.
	 */
	public void close() throws IOException {
		List<String> violations = List.of();
		try {
			if (this.driver != null) {
				violations = policyViolations();
				this.driver.quit();
			}
		}
		finally {
			this.driver = null;
			deleteProfile();
		}
		if (!violations.isEmpty()) {
			fail("Content-Security-Policy violations in the browser's console: " + violations);
		}
	}

	private void deleteProfile() throws IOException {
		if (this.profile != null) {
			try (Stream<Path> files = Files.walk(this.profile)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
			this.profile = null;
		}
	}

}

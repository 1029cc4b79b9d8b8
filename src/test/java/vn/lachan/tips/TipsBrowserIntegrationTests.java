package vn.lachan.tips;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lachan.BrowserSession;
import vn.lachan.shared.DemoData;
import vn.lachan.territory.TerritoryCatalog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance 1 in a real headless Chromium: an anonymous tip at {@code /report} gets a
 * receipt; the ward officer finds it and asks a question; the reporter answers through
 * {@code /track}; the officer resolves it with an outcome; the reporter sees it closed.
 * The stored tip and the application's log hold no trace of the reporter.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class TipsBrowserIntegrationTests {

	private final String userAgent = "ReporterPhone/" + UUID.randomUUID();

	@LocalServerPort
	private int port;

	@Autowired
	private TerritoryCatalog territory;

	@Autowired
	private JdbcClient jdbc;

	private BrowserSession browser;

	private WebDriver driver;

	@BeforeAll
	static void findBrowser() {
		BrowserSession.requireBrowser();
	}

	@AfterEach
	void closeBrowser(TestInfo test) throws IOException {
		if (this.browser != null) {
			this.browser.closeWithScreenshot("tips-" + test.getTestMethod().orElseThrow().getName());
		}
	}

	@Test
	void anAnonymousTipGoesFromTheReportFormToAClosedStatusWithoutATraceOfItsSender(CapturedOutput output) {
		open();
		String marker = "Hẻm " + UUID.randomUUID().toString().substring(0, 8);
		long viHoang = this.territory.findUnitByCode("13639", DemoData.AS_OF).orElseThrow().id();

		// The reporter, anonymous
		get("/report");
		new Select(find(By.id("categoryCode"))).selectByValue("drugs");
		find(By.id("description")).sendKeys("Có người mua bán ma túy ở " + marker + " vào buổi tối");
		new Select(find(By.id("unitId"))).selectByValue(String.valueOf(viHoang));
		assertThat(find(By.id("anonymous1")).isSelected()).isTrue();
		click(By.id("report-submit"));
		String receipt = find(By.id("receipt-code")).getText().strip();
		String secret = find(By.id("receipt-secret")).getText().strip();
		assertThat(receipt).startsWith("LC-");
		assertThat(secret).hasSize(16);
		this.driver.manage().deleteAllCookies();

		// The ward officer finds it and asks
		signIn("vihoang");
		get("/console/tips?q=" + marker.substring(4));
		click(By.cssSelector("#inbox-table-cards a.tip-card"));
		assertThat(find(By.id("tip-description")).getText()).contains(marker);
		String tipPage = this.driver.getCurrentUrl();
		find(By.id("ask-body")).sendKeys("Bạn thấy mấy người? Họ đi xe gì?");
		click(By.id("ask-submit"));
		assertThat(find(By.id("tip-thread")).getText()).contains("Bạn thấy mấy người?");
		this.driver.manage().deleteAllCookies();

		// The reporter answers through /track
		track(receipt, secret);
		assertThat(find(By.id("track-thread")).getText()).contains("Bạn thấy mấy người?");
		find(By.id("answer-body")).sendKeys("Hai người, đi xe máy màu đen");
		click(By.id("answer-submit"));
		assertThat(find(By.id("track-thread")).getText()).contains("Hai người, đi xe máy màu đen");
		this.driver.manage().deleteAllCookies();

		// The officer reads the answer and resolves the tip with an outcome
		signIn("vihoang");
		this.driver.get(tipPage);
		assertThat(find(By.id("tip-thread")).getText()).contains("Hai người, đi xe máy màu đen");
		click(By.id("assign-submit"));
		click(By.id("verify-submit"));
		WebElement kind = find(By.cssSelector("#resolve-form select[name=kind]"));
		new Select(kind).selectByValue("ARREST");
		WebElement suspects = find(By.cssSelector("#resolve-form input[name=suspects]"));
		suspects.clear();
		suspects.sendKeys("2");
		find(By.id("resolve-public-outcome")).sendKeys("Công an phường đã bắt giữ hai đối tượng, cảm ơn bạn");
		click(By.id("resolve-submit"));
		assertThat(find(By.id("tip-status")).getAttribute("data-status")).isEqualTo("RESOLVED");
		assertThat(find(By.id("tip-outcomes")).getText()).contains("2");
		this.driver.manage().deleteAllCookies();

		// The reporter sees it closed
		track(receipt, secret);
		assertThat(find(By.id("track-status")).getAttribute("data-status")).isEqualTo("RESOLVED");
		assertThat(this.driver.findElements(By.id("track-closed"))).isNotEmpty();
		assertThat(find(By.id("track-outcome")).getText()).contains("đã bắt giữ hai đối tượng");
		// Still 14 days to write after the resolution
		assertThat(find(By.id("track-answers-until")).getText()).isNotBlank();
		find(By.id("answer-body")).sendKeys("Cảm ơn các anh");
		click(By.id("answer-submit"));
		assertThat(find(By.id("track-thread")).getText()).contains("Cảm ơn các anh");

		// No trace of the reporter: not in the stored tip, not in the log
		Map<String, Object> row = this.jdbc.sql("SELECT * FROM tip WHERE receipt_code = :r")
			.param("r", receipt)
			.query()
			.singleRow();
		assertThat(row.get("reporter_kind")).isEqualTo("ANONYMOUS");
		for (String column : new String[] { "reporter_name", "reporter_contact", "reporter_id_number",
				"reporter_account_id", "received_by_account_id" }) {
			assertThat(row.get(column)).as(column).isNull();
		}
		assertThat(row.values().toString()).doesNotContain(this.userAgent).doesNotContain("127.0.0.1");
		assertThat(output.getAll()).doesNotContain(this.userAgent)
			.doesNotContain(secret)
			.doesNotContain(receipt)
			.doesNotContain(marker);
	}

	private void track(String receipt, String secret) {
		get("/track");
		find(By.id("receipt")).sendKeys(receipt);
		find(By.id("secret")).sendKeys(secret);
		click(By.id("track-submit"));
	}

	/**
	 * A desktop window without phone emulation, whose user agent the test then looks for
	 * in the stored tip and the log.
	 */
	private void open() {
		this.browser = BrowserSession.desktop(this.port, 412, 915, BrowserSession.REDUCED_MOTION,
				"--user-agent=" + this.userAgent);
		this.driver = this.browser.driver();
	}

	private void signIn(String username) {
		get("/login");
		this.browser.submitSignIn(username);
		this.browser.waitUntil(ExpectedConditions.urlMatches(".*/console$"));
	}

	private void get(String path) {
		this.browser.get(path);
	}

	private WebElement find(By by) {
		return this.browser.visible(by);
	}

	private void click(By by) {
		WebElement element = this.browser.waitUntil(ExpectedConditions.elementToBeClickable(by));
		this.browser.script("arguments[0].scrollIntoView({block: 'center'});", element);
		element.click();
		this.browser.waitUntil(ExpectedConditions.stalenessOf(element));
	}

}

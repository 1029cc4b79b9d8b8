package vn.lachan.tips;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.lachan.BrowserSession;
import vn.lachan.shared.DemoData;
import vn.lachan.territory.TerritoryCatalog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance 1, first half, in a real headless Chromium on a phone and on a desktop: a
 * resident starts at {@code /}, finds the emergency number and what anonymity means,
 * reports, keeps the receipt, comes back to {@code /} and follows the tip.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CitizenWayInBrowserIntegrationTests {

	private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

	@LocalServerPort
	private int port;

	@Autowired
	private TerritoryCatalog territory;

	private BrowserSession browser;

	private String name;

	@BeforeAll
	static void findBrowser() {
		BrowserSession.requireBrowser();
	}

	@AfterEach
	void closeBrowser() throws IOException {
		if (this.browser != null) {
			this.browser.closeWithScreenshot("citizen-" + this.name);
		}
	}

	@Test
	void onAPhoneTheHomePageLeadsToAReportAndToItsTracking() throws IOException {
		this.name = "phone";
		this.browser = BrowserSession.phone(this.port, 390, 844, BrowserSession.REDUCED_MOTION);
		walkFromHomeToTracking();
	}

	@Test
	void onADesktopTheHomePageLeadsToAReportAndToItsTracking() throws IOException {
		this.name = "desktop";
		this.browser = BrowserSession.desktop(this.port, 1366, 900, BrowserSession.REDUCED_MOTION);
		walkFromHomeToTracking();
	}

	private void walkFromHomeToTracking() throws IOException {
		this.browser.get("/");
		// The citizen's way comes first: emergency, report, track; staff sign-in after it
		assertThat(this.browser.visible(By.id("home-call-113")).getAttribute("href")).isEqualTo("tel:113");
		assertThat(this.browser.text(By.id("home-emergency"))).contains("113");
		assertThat(this.browser.text(By.id("home-anonymity"))).contains("giấu tên").contains("mã bí mật");
		int report = top(By.id("home-report"));
		int track = top(By.id("home-track"));
		int staff = top(By.cssSelector("#home-staff a[href$='/login']"));
		assertThat(report).isLessThan(staff);
		assertThat(track).isLessThan(staff);
		assertThat(this.browser.horizontalOverflow()).as("horizontal overflow of the home page").isLessThanOrEqualTo(0);
		screenshot("home-" + this.name);

		click(By.id("home-report"));
		assertThat(this.browser.driver().getCurrentUrl()).endsWith("/report");
		String marker = "Ngõ " + UUID.randomUUID().toString().substring(0, 8);
		long viHoang = this.territory.findUnitByCode("13639", DemoData.AS_OF).orElseThrow().id();
		new Select(this.browser.visible(By.id("categoryCode"))).selectByValue("theft");
		this.browser.visible(By.id("description")).sendKeys("Xe máy bị lấy trộm trước nhà ở " + marker);
		new Select(this.browser.visible(By.id("unitId"))).selectByValue(String.valueOf(viHoang));
		click(By.id("report-submit"));
		String receipt = this.browser.text(By.id("receipt-code"));
		String secret = this.browser.text(By.id("receipt-secret"));
		assertThat(receipt).startsWith("LC-");

		this.browser.get("/");
		click(By.id("home-track"));
		assertThat(this.browser.driver().getCurrentUrl()).endsWith("/track");
		this.browser.visible(By.id("receipt")).sendKeys(receipt);
		this.browser.visible(By.id("secret")).sendKeys(secret);
		click(By.id("track-submit"));
		assertThat(this.browser.visible(By.id("track-status")).getAttribute("data-status")).isEqualTo("RECEIVED");
		assertThat(this.browser.horizontalOverflow()).as("horizontal overflow of the tracking page")
			.isLessThanOrEqualTo(0);
	}

	private int top(By by) {
		return this.browser.visible(by).getLocation().getY();
	}

	private void click(By by) {
		WebElement element = this.browser.waitUntil(ExpectedConditions.elementToBeClickable(by));
		this.browser.script("arguments[0].scrollIntoView({block: 'center'});", element);
		element.click();
		this.browser.waitUntil(ExpectedConditions.stalenessOf(element));
	}

	private void screenshot(String file) throws IOException {
		byte[] png = ((TakesScreenshot) this.browser.driver()).getScreenshotAs(OutputType.BYTES);
		Files.write(Files.createDirectories(SCREENSHOTS).resolve(file + ".png"), png);
	}

}

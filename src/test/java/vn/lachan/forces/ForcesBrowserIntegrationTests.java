package vn.lachan.forces;

import java.io.IOException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lachan.BrowserSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A force member on a phone-sized headless Chromium logs a patrol; the same submission
 * sent again (the same form, the same idempotency key) is stored once.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ForcesBrowserIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private BrowserSession browser;

	private WebDriver driver;

	@BeforeAll
	static void findBrowser() {
		BrowserSession.requireBrowser();
	}

	@AfterEach
	void closeBrowser() throws IOException {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void aMemberLogsAPatrolFromAPhoneAndARetriedSubmissionIsStoredOnce() {
		openPhone(390, 844);
		get("/login");
		this.browser.submitSignIn("totruong");
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
		long overflow = this.browser.horizontalOverflow();
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
		this.browser = BrowserSession.phone(this.port, width, height, BrowserSession.REDUCED_MOTION);
		this.driver = this.browser.driver();
	}

	private void get(String path) {
		this.browser.get(path);
	}

	private WebElement wait(By by) {
		return this.browser.visible(by);
	}

}

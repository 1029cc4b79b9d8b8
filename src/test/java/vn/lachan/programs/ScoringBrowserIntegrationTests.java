package vn.lachan.programs;

import java.io.IOException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lachan.BrowserSession;
import vn.lachan.territory.TerritoryCatalog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The approval flow in a real Chromium: Thống Nhất fills and submits its 2022 "An toàn về
 * ANTT" scorecard, the committee returns it with a comment, the ward corrects and submits
 * it again, the committee approves it (after confirming), and the ward can change it no
 * more.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ScoringBrowserIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TerritoryCatalog territory;

	private BrowserSession browser;

	private WebDriver driver;

	@BeforeAll
	static void findBrowser() {
		BrowserSession.requireBrowser();
	}

	@BeforeEach
	void clean() {
		ProgramsFixtures.removeScorecards(this.jdbc, ProgramsFixtures.unit(this.territory, "13681"), "an-toan-antt");
	}

	@AfterEach
	void closeBrowser() throws IOException {
		if (this.browser != null) {
			this.browser.closeWithScreenshot("programs-scoring");
		}
	}

	@Test
	void theWardSubmitsTheCommitteeReturnsThenApprovesAndTheScorecardIsLocked() throws IOException {
		signIn("thongnhat");
		this.browser.get("/console/programs");
		this.browser.visible(By.id("period")).sendKeys("2022");
		this.driver.findElement(By.cssSelector("#setCode option[value='an-toan-antt']")).click();
		clickAndWait(By.id("open-scorecard"));
		this.browser.visible(By.id("values-form"));
		assertThat(this.browser.text(By.cssSelector(".text-muted.small"))).contains("2");
		enter("antt-su-viec", "0", "Báo cáo quý I/2022 của Công an phường");
		enter("antt-dang-ky", "100", "Bản đăng ký của 11 tổ dân phố");
		enter("antt-kdc-dat", "45", "Chưa tổng hợp đủ");
		enter("antt-ky-luat", "0", "Không có cán bộ bị kỷ luật");
		clickAndWait(By.id("save-values"));
		assertThat(this.browser.text(By.cssSelector(".alert-success"))).contains("Đã lưu giá trị");
		clickAndWait(By.id("submit-scorecard"));
		assertThat(this.browser.text(By.cssSelector(".alert-success"))).contains("Đã nộp phiếu");
		assertThat(this.browser.text(By.id("scorecard-status"))).isEqualTo("Đã nộp");
		String path = java.net.URI.create(this.driver.getCurrentUrl()).getPath();
		this.browser.close();

		signIn("committee");
		this.browser.get(path);
		this.browser.visible(By.id("comment")).sendKeys("Tỷ lệ khu dân cư đạt chuẩn chưa đủ 70 %");
		clickAndWait(By.id("return-scorecard"));
		assertThat(this.browser.text(By.cssSelector(".alert-success"))).contains("Đã trả lại");
		this.browser.close();

		signIn("thongnhat");
		this.browser.get(path);
		assertThat(this.browser.text(By.id("scorecard-comment"))).contains("chưa đủ 70 %");
		this.driver.findElement(By.id("value-antt-kdc-dat")).clear();
		enter("antt-kdc-dat", "82", "Quyết định công nhận 9/11 tổ dân phố");
		clickAndWait(By.id("save-values"));
		this.browser.visible(By.cssSelector(".alert-success"));
		clickAndWait(By.id("submit-scorecard"));
		assertThat(this.browser.text(By.id("scorecard-status"))).isEqualTo("Đã nộp");
		this.browser.close();

		signIn("committee");
		this.browser.get(path);
		org.openqa.selenium.WebElement page = this.driver.findElement(By.tagName("html"));
		this.browser.visible(By.id("approve-scorecard")).click();
		this.browser.waitUntil(ExpectedConditions.alertIsPresent()).accept();
		this.browser.waitUntil(ExpectedConditions.stalenessOf(page));
		assertThat(this.browser.text(By.cssSelector(".alert-success"))).contains("Đã phê duyệt");
		assertThat(this.browser.text(By.id("scorecard-status"))).isEqualTo("Đã phê duyệt");
		this.browser.close();

		signIn("thongnhat");
		this.browser.get(path);
		assertThat(this.browser.text(By.id("scorecard-status"))).isEqualTo("Đã phê duyệt");
		assertThat(this.driver.findElements(By.id("save-values"))).isEmpty();
		assertThat(this.driver.findElements(By.id("submit-scorecard"))).isEmpty();
		assertThat(this.jdbc
			.sql("SELECT status FROM programs_scorecard WHERE unit_id = :unit AND set_code = 'an-toan-antt'")
			.param("unit", ProgramsFixtures.unit(this.territory, "13681"))
			.query(String.class)
			.single()).isEqualTo("APPROVED");
	}

	private void signIn(String username) {
		this.browser = BrowserSession.desktop(this.port, 1280, 900, BrowserSession.REDUCED_MOTION);
		this.driver = this.browser.driver();
		this.browser.get("/login");
		this.browser.submitSignIn(username);
		this.browser.waitUntil(ExpectedConditions.urlContains("/console"));
	}

	private void clickAndWait(By button) {
		org.openqa.selenium.WebElement page = this.driver.findElement(By.tagName("html"));
		this.driver.findElement(button).click();
		this.browser.waitUntil(ExpectedConditions.stalenessOf(page));
	}

	private void enter(String code, String value, String evidence) {
		this.driver.findElement(By.id("value-" + code)).sendKeys(value);
		this.driver.findElement(By.id("evidence-" + code)).clear();
		this.driver.findElement(By.id("evidence-" + code)).sendKeys(evidence);
	}

}

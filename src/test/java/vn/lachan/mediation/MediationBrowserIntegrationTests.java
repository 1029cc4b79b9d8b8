package vn.lachan.mediation;

import java.time.Duration;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lachan.BrowserSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance 3 in a real headless Chromium on a phone-sized window: the mediator
 * {@code hoagiai} receives a case, records a session and the successful outcome with the
 * written agreement, and follows it up; and a mediator escalates a threatening case,
 * which opens a tip linked to it.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MediationBrowserIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	private BrowserSession browser;

	@BeforeAll
	static void findBrowser() {
		BrowserSession.requireBrowser();
	}

	@AfterEach
	void closeBrowser(TestInfo test) throws IOException {
		if (this.browser != null) {
			this.browser.closeWithScreenshot("mediation-" + test.getTestMethod().orElseThrow().getName());
		}
	}

	@Test
	void aMediatorRunsACaseToASuccessfulAgreementAndFollowsItUp() {
		String summary = "Tranh chấp lối đi chung ngõ " + UUID.randomUUID().toString().substring(0, 6);
		signInAndOpen(summary);

		assertThat(find(By.id("case-status")).getText()).isEqualTo("Đang hòa giải");
		// the parties' names stay hidden until a purpose is stated
		assertThat(find(By.id("case-parties")).getText()).doesNotContain("Phạm Văn Thử");
		find(By.id("purpose")).sendKeys("Mời các bên đến buổi hòa giải");
		click(By.id("parties-show"));
		assertThat(find(By.id("parties-list")).getText()).contains("Phạm Văn Thử", "0912345678", "Đỗ Thị Nghiệm");
		assertThat(this.jdbc.sql("""
				SELECT COUNT(*) FROM audit_event a JOIN mediation_case c ON a.record_id = CAST(c.id AS VARCHAR(60))
				WHERE a.record_type = 'mediation-party' AND a.purpose = :purpose AND c.summary = :summary""")
			.param("purpose", "Mời các bên đến buổi hòa giải")
			.param("summary", summary)
			.query(Long.class)
			.single()).isEqualTo(1);

		find(By.id("place")).sendKeys("Nhà văn hóa tổ dân phố số 5");
		find(By.id("attendees")).sendKeys("Hai bên, hòa giải viên, tổ trưởng tổ dân phố");
		click(By.id("session-submit"));
		assertThat(find(By.id("case-sessions")).getText()).contains("Nhà văn hóa tổ dân phố số 5");

		check(By.cssSelector("input[type=checkbox][name=written]"));
		find(By.id("agreementGrounds")).sendKeys("Bên ông Phạm Văn Thử yêu cầu hòa giải");
		find(By.id("agreementParties")).sendKeys("Hai hộ liền kề trong ngõ");
		find(By.id("agreementContent")).sendKeys("Tranh chấp khoảng 0,3 m lối đi chung");
		find(By.id("agreementCourse")).sendKeys("Một buổi hòa giải tại nhà văn hóa");
		find(By.id("agreementSolution")).sendKeys("Giữ nguyên lối đi 1,5 m, dỡ phần tường rào lấn ra");
		find(By.id("agreementObligations")).sendKeys("Hộ xây tường tự dỡ phần lấn, hộ kia không khiếu nại");
		find(By.id("agreementPerformance")).sendKeys("Trong 15 ngày");
		check(By.cssSelector("input[type=checkbox][name=signed]"));
		click(By.id("outcome-submit"));

		assertThat(find(By.id("case-status")).getText()).isEqualTo("Hòa giải thành");
		assertThat(find(By.id("case-agreement")).getText()).contains("Giữ nguyên lối đi 1,5 m", "Trong 15 ngày",
				"Tranh chấp khoảng 0,3 m lối đi chung");
		assertThat(this.browser.driver().findElements(By.id("session-form"))).isEmpty();

		new Select(find(By.id("performance"))).selectByValue("PERFORMED");
		find(By.cssSelector("#follow-up-form textarea[name=note]")).sendKeys("Đã dỡ phần tường lấn lối đi");
		click(By.id("follow-up-submit"));
		assertThat(find(By.id("follow-ups-list")).getText()).contains("Đã thực hiện", "Đã dỡ phần tường");
		assertThat(this.browser.horizontalOverflow()).as("horizontal overflow on a phone").isLessThanOrEqualTo(0);

		Map<String, Object> stored = this.jdbc.sql("""
				SELECT c.status, a.signed, (SELECT COUNT(*) FROM mediation_follow_up f WHERE f.case_id = c.id) AS checks
				FROM mediation_case c JOIN mediation_agreement a ON a.case_id = c.id WHERE c.summary = :summary""")
			.param("summary", summary)
			.query()
			.singleRow();
		assertThat(stored.get("status")).isEqualTo("SUCCEEDED");
		assertThat(stored.get("signed")).isEqualTo(true);
		assertThat(((Number) stored.get("checks")).longValue()).isEqualTo(1);
	}

	@Test
	void aMediatorEscalatesAThreateningCaseAndATipIsOpenedAndLinked() {
		String summary = "Cãi vã về chỗ để xe, có lời đe dọa " + UUID.randomUUID().toString().substring(0, 6);
		signInAndOpen(summary);

		new Select(find(By.id("categoryCode"))).selectByValue("fight");
		find(By.id("description")).sendKeys("Hai hộ cãi vã, một bên cầm gậy đe dọa hành hung tại ngõ 12");
		check(By.cssSelector("input[type=checkbox][name=urgent]"));
		click(By.id("escalation-submit"));

		WebElement tip = find(By.id("case-tip"));
		assertThat(find(By.id("case-success")).getText()).contains("Đã chuyển tin báo");
		assertThat(this.browser.driver().findElements(By.id("escalation-form"))).isEmpty();

		Map<String, Object> stored = this.jdbc.sql("""
				SELECT c.tip_id, t.category_code, t.urgent, t.unit_id AS tip_unit, c.unit_id AS case_unit
				FROM mediation_case c JOIN tip t ON t.id = c.tip_id WHERE c.summary = :summary""")
			.param("summary", summary)
			.query()
			.singleRow();
		assertThat(tip.getAttribute("href")).endsWith("/console/tips/" + stored.get("tip_id"));
		assertThat(stored.get("category_code")).isEqualTo("fight");
		assertThat(stored.get("urgent")).isEqualTo(true);
		assertThat(stored.get("tip_unit")).isEqualTo(stored.get("case_unit"));
	}

	private void signInAndOpen(String summary) {
		this.browser = BrowserSession.phone(this.port, 390, 844, BrowserSession.REDUCED_MOTION);
		this.browser.get("/login");
		this.browser.submitSignIn("hoagiai");
		this.browser.waitUntil(ExpectedConditions.urlMatches(".*/console$"));

		this.browser.get("/console/mediation");
		assertThat(find(By.id("cases-total")).getText()).endsWith("vụ việc");
		click(By.id("case-new"));
		new Select(find(By.id("kind"))).selectByValue("NEIGHBOURS");
		find(By.id("summary")).sendKeys(summary);
		find(By.id("firstName")).sendKeys("Phạm Văn Thử");
		find(By.id("firstContact")).sendKeys("0912345678");
		find(By.id("secondName")).sendKeys("Đỗ Thị Nghiệm");
		check(By.cssSelector("input[type=checkbox][name=mediatorIds]"));
		assertThat(this.browser.horizontalOverflow()).as("horizontal overflow on a phone").isLessThanOrEqualTo(0);
		click(By.id("case-submit"));
	}

	private WebElement find(By by) {
		return this.browser.visible(by);
	}

	private void check(By by) {
		WebElement box = this.browser.waitUntil(ExpectedConditions.presenceOfElementLocated(by));
		this.browser.script("arguments[0].scrollIntoView({block: 'center'});", box);
		if (!box.isSelected()) {
			box.click();
		}
	}

	private void click(By by) {
		// a page still settling may answer a poll about a node it has just replaced
		WebElement element = new WebDriverWait(this.browser.driver(), Duration.ofSeconds(20))
			.ignoring(WebDriverException.class)
			.until(ExpectedConditions.elementToBeClickable(by));
		this.browser.script("arguments[0].scrollIntoView({block: 'center'});", element);
		element.click();
		this.browser.waitUntil(ExpectedConditions.stalenessOf(element));
	}

}

package vn.lachan.reports;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lachan.BrowserSession;
import vn.lachan.shared.DemoData;
import vn.lachan.territory.TerritoryCatalog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance 1, second half, in a real headless Chromium: the committee's and Vị Hoàng's
 * dashboards open on the article's period in demo mode (nobody types a date) and show the
 * article's figures; a click on Vị Hoàng's 113 tips lists exactly those 113 tips, as
 * cards on a phone and as a table on a desktop.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DashboardBrowserIntegrationTests {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@LocalServerPort
	private int port;

	@Autowired
	private TerritoryCatalog territory;

	@Autowired
	private MessageSource messages;

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
			this.browser.closeWithScreenshot("dashboard-" + test.getTestMethod().orElseThrow().getName());
		}
	}

	@Test
	void viHoangsOfficerOnAPhoneSeesTheArticleAndItsTipsAsCards() {
		this.browser = BrowserSession.phone(this.port, 390, 844, BrowserSession.REDUCED_MOTION);
		signIn("vihoang");
		assertArticlePeriod();
		assertThat(this.browser.text(By.id("figure-tips-received"))).isEqualTo("113");
		assertViHoangsOutcomes();
		click(By.id("figure-tips-received"));
		assertExactlyViHoangsArticleTips(true);
	}

	@Test
	void viHoangsOfficerOnADesktopSeesTheArticleAndItsTipsAsATable() {
		this.browser = BrowserSession.desktop(this.port, 1366, 900, BrowserSession.REDUCED_MOTION);
		signIn("vihoang");
		assertArticlePeriod();
		assertThat(this.browser.text(By.id("figure-tips-received"))).isEqualTo("113");
		assertViHoangsOutcomes();
		click(By.id("figure-tips-received"));
		assertExactlyViHoangsArticleTips(false);
	}

	@Test
	void theCommitteeSeesTheCitysForcesThongNhatsPeopleAndViHoangsTips() {
		this.browser = BrowserSession.desktop(this.port, 1366, 900, BrowserSession.REDUCED_MOTION);
		signIn("committee");
		assertArticlePeriod();
		assertThat(this.browser.text(By.id("forces-figures"))).contains("581 tổ, 4.067 thành viên");
		WebElement thongNhat = this.browser.visible(By.id("sub-unit-13681"));
		assertThat(thongNhat.findElement(By.className("sub-unit-households")).getText()).isEqualTo("2.078");
		assertThat(thongNhat.findElement(By.className("sub-unit-residents")).getText()).isEqualTo("8.389");
		String viHoang = this.territory.findUnitByCode("13639", DemoData.AS_OF).orElseThrow().name();
		WebElement row = this.browser.visible(By.id("tips-by-unit"))
			.findElements(By.cssSelector("tbody tr"))
			.stream()
			.filter((tr) -> tr.findElement(By.tagName("td")).getText().equals(viHoang))
			.findFirst()
			.orElseThrow();
		WebElement figure = row.findElement(By.tagName("a"));
		assertThat(figure.getText()).isEqualTo("113");
		click(figure);
		assertExactlyViHoangsArticleTips(false);
	}

	private void signIn(String username) {
		this.browser.get("/login");
		this.browser.submitSignIn(username);
		this.browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("dashboard-period")));
		assertThat(this.browser.driver().getCurrentUrl()).endsWith("/console");
	}

	/** Opened without a date: the article's period, labelled as such. */
	private void assertArticlePeriod() {
		assertThat(this.browser.text(By.id("dashboard-article"))).isEqualTo(message("dashboard.period.article-note"));
		assertThat(this.browser.text(By.id("dashboard-period"))).contains("01/01/2021").contains("30/04/2022");
		assertThat(this.browser.horizontalOverflow()).as("horizontal overflow of the dashboard").isLessThanOrEqualTo(0);
	}

	/** 3 drug cases with 4 suspects, 2 gambling, 2 theft, 5 fights prevented. */
	private void assertViHoangsOutcomes() {
		List<List<String>> rows = this.browser.visible(By.id("tips-outcomes"))
			.findElements(By.cssSelector("tbody tr"))
			.stream()
			.map((tr) -> tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
			.toList();
		assertThat(cell(rows, "ARREST", "drug-possession", 3)).isEqualTo("3");
		assertThat(cell(rows, "ARREST", "drug-possession", 4)).isEqualTo("4");
		assertThat(cell(rows, "ARREST", "gambling", 3)).isEqualTo("2");
		assertThat(cell(rows, "ARREST", "theft", 3)).isEqualTo("2");
		assertThat(cell(rows, "PREVENTED", "fight", 3)).isEqualTo("5");
	}

	/**
	 * A cell of the outcome's row, found by what the page names the outcome and offence.
	 */
	private String cell(List<List<String>> rows, String kind, String offence, int column) {
		String outcome = message("tip.outcome." + kind);
		String offenceName = message("dashboard.offence." + offence);
		List<List<String>> matching = rows.stream()
			.filter((row) -> row.get(0).equals(outcome) && row.get(1).equals(offenceName))
			.toList();
		assertThat(matching).as("the row %s / %s in %s", outcome, offenceName, rows).hasSize(1);
		return matching.get(0).get(column);
	}

	/**
	 * The inbox the figure leads to says 113 and, page by page, lists the receipt codes
	 * of exactly Vị Hoàng's tips of the article's period.
	 */
	private void assertExactlyViHoangsArticleTips(boolean phone) {
		long viHoang = this.territory.findUnitByCode("13639", DemoData.AS_OF).orElseThrow().id();
		Set<String> expected = new LinkedHashSet<>(this.jdbc
			.sql("SELECT receipt_code FROM tip WHERE unit_id = :unit"
					+ " AND received_at >= TIMESTAMP WITH TIME ZONE '2020-12-31 17:00:00+00'"
					+ " AND received_at < TIMESTAMP WITH TIME ZONE '2022-04-30 17:00:00+00'")
			.param("unit", viHoang)
			.query(String.class)
			.list());
		assertThat(expected).hasSize(113);
		assertThat(this.browser.text(By.id("inbox-table-total")))
			.isEqualTo(this.messages.getMessage("list.total", new Object[] { 113L }, VIETNAMESE));
		Set<String> listed = new LinkedHashSet<>();
		while (true) {
			By codes = phone ? By.cssSelector("#inbox-table-cards .tip-card .font-monospace")
					: By.cssSelector("#inbox-table tbody td a.font-monospace");
			assertThat(
					this.browser.driver().findElement(By.id(phone ? "inbox-table-cards" : "inbox-table")).isDisplayed())
				.isTrue();
			assertThat(
					this.browser.driver().findElement(By.id(phone ? "inbox-table" : "inbox-table-cards")).isDisplayed())
				.isFalse();
			assertThat(this.browser.horizontalOverflow()).as("horizontal overflow of the inbox").isLessThanOrEqualTo(0);
			this.browser.driver().findElements(codes).forEach((code) -> listed.add(code.getText()));
			List<WebElement> next = this.browser.driver()
				.findElements(By.cssSelector(".list-pager li:not(.disabled) a[rel=next]"));
			if (next.isEmpty()) {
				break;
			}
			click(next.get(0));
		}
		assertThat(listed).isEqualTo(expected);
	}

	private void click(By by) {
		click(this.browser.waitUntil(ExpectedConditions.elementToBeClickable(by)));
	}

	private void click(WebElement element) {
		this.browser.script("arguments[0].scrollIntoView({block: 'center'});", element);
		this.browser.waitUntil(ExpectedConditions.elementToBeClickable(element));
		element.click();
		this.browser.waitUntil(ExpectedConditions.stalenessOf(element));
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, VIETNAMESE);
	}

}

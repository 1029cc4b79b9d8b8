package vn.lachan.residence;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lachan.BrowserSession;
import vn.lachan.shared.crypto.FieldEncryptor;
import vn.lachan.shared.text.VietnameseText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone-sized headless Chromium: the host {@code chunha} declares two guests, gets a
 * receipt and records one departure; the area officer of Mỹ Xá then sees the guest still
 * staying in the current-guests list of that residential group, and not the one who left.
 * The browser comes from {@link BrowserSession}.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ResidenceBrowserIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private FieldEncryptor encryptor;

	private BrowserSession browser;

	private WebDriver driver;

	@BeforeAll
	static void findBrowser() {
		BrowserSession.requireBrowser();
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
		this.browser.waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("fieldset.guest"), 2));
		fillGuest(1, second, "1988-09-30", "036088000" + digits(3));
		assertNoHorizontalOverflow();
		click(this.driver.findElement(By.id("send")));

		String receipt = text(By.id("receipt-number"));
		assertThat(receipt).startsWith("LT");
		List<WebElement> names = this.driver.findElements(By.cssSelector(".guest-name"));
		assertThat(names).extracting(WebElement::getText).containsExactly(first, second);
		click(this.driver.findElements(By.cssSelector("button.depart")).get(0));
		this.browser.waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".departed"), 1));
		assertThat(this.driver.findElements(By.cssSelector("button.depart"))).hasSize(1);
		assertThat(text(By.id("receipt-number"))).isEqualTo(receipt);
		quit("hostDeclares");

		long group = this.jdbc.sql("""
				SELECT a.group_id FROM stay s JOIN accommodation a ON a.id = s.accommodation_id
				WHERE s.name_index = :name""")
			.param("name", this.encryptor.blindIndex(VietnameseText.fold(second)))
			.query(Long.class)
			.single();
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
		this.browser.script("arguments[0].scrollIntoView({block: 'center'});", element);
		this.browser.waitUntil(ExpectedConditions.elementToBeClickable(element));
		this.browser.script("arguments[0].click();", element);
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
		this.browser.script("arguments[0].value = arguments[1];", this.driver.findElement(By.id(id)), value);
	}

	private static String digits(int count) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < count; i++) {
			out.append((int) (Math.random() * 10));
		}
		return out.toString();
	}

	private void assertNoHorizontalOverflow() {
		assertThat(this.browser.horizontalOverflow())
			.as("horizontal overflow on %s: %s", this.driver.getCurrentUrl(), this.browser.overflowingElements())
			.isLessThanOrEqualTo(0);
	}

	/**
	 * A phone screen; unlike the other browser tests, without
	 * {@link BrowserSession#REDUCED_MOTION}.
	 */
	private void open() {
		this.browser = BrowserSession.phone(this.port, 390, 844);
		this.driver = this.browser.driver();
	}

	private void quit(String name) throws IOException {
		if (this.browser != null) {
			this.browser.closeWithScreenshot("residence-" + name);
			this.browser = null;
			this.driver = null;
		}
	}

	private void signIn(String username) {
		get("/login");
		this.browser.submitSignIn(username);
		this.browser.waitUntil(ExpectedConditions.urlContains("/console"));
	}

	private void get(String path) {
		this.browser.get(path);
	}

	private WebElement waitFor(By by) {
		return this.browser.visible(by);
	}

	private String text(By by) {
		return this.browser.text(by);
	}

	/** The demo names this test relies on. */
	static final class ResidenceDemoDataNames {

		static final String AREA_OFFICER = "khuvucmyxa";

		private ResidenceDemoDataNames() {
		}

	}

}

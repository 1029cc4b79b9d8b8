package vn.lachan.cameras;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.condition.DisabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.lachan.BrowserSession;
import vn.lachan.access.AccessCatalog;
import vn.lachan.cameras.internal.CameraInput;
import vn.lachan.cameras.internal.CameraManagement;
import vn.lachan.cameras.internal.OwnerInput;
import vn.lachan.shared.DemoData;
import vn.lachan.territory.TerritoryCatalog;
import vn.lachan.tips.TipsCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole footage request in a real Chromium, with mail over real SMTP (GreenMail on a
 * free port): the officer asks from a tip, the owner answers through the mailed link, the
 * officer sees the answer; a withdrawn consent removes the camera from the suggestions at
 * once. Also the dashboard's camera figures on the article's day.
 */
@Tag("browser")
@DisabledIf(value = "vn.lachan.BrowserSession#browserMissingOutsideCi",
		disabledReason = "no chromium/chromedriver on this machine; under CI=true the tests fail instead")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CamerasBrowserIntegrationTests {

	static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static {
		MAIL.start();
	}

	private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/footage/[A-Za-z0-9_-]+)");

	private static final double LAT = 20.4215;

	private static final double LON = 106.1640;

	@LocalServerPort
	int port;

	@Autowired
	TerritoryCatalog territory;

	@Autowired
	AccessCatalog accounts;

	@Autowired
	TipsCatalog tips;

	@Autowired
	CameraManagement management;

	private BrowserSession browser;

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
	}

	@BeforeAll
	static void findBrowser() {
		BrowserSession.requireBrowser();
	}

	@AfterAll
	static void stopMail() {
		MAIL.stop();
	}

	@AfterEach
	void closeBrowser(TestInfo test) throws IOException {
		if (this.browser != null) {
			this.browser.closeWithScreenshot(test.getTestMethod().orElseThrow().getName());
		}
	}

	@Test
	void theOfficerAsksFromATipTheOwnerAnswersByTheMailedLinkAndTheOfficerSeesTheAnswer() throws Exception {
		CameraFixtures fixtures = new CameraFixtures(this.territory, this.accounts, this.tips);
		long tip = fixtures.tip(LAT, LON, Instant.now().minus(2, ChronoUnit.HOURS));
		long camera = this.management
			.register(fixtures.officer(), fixtures.thongNhat(),
					new CameraInput(Ownership.BUSINESS, "Camera mặt tiền cửa hàng Hoa Mai", "Số 5 ngõ 12 Lê Đức Thọ",
							null, null, LAT - CameraFixtures.north(25), LON, 0.0, 70.0, 40, 15, CameraStatus.ACTIVE,
							null, LocalDate.of(2026, 1, 5), true, false),
					new OwnerInput(OwnerKind.ORGANISATION, "Cửa hàng Hoa Mai", "0912 888 777", "hoamai@example.vn"))
			.id();
		this.browser = BrowserSession.desktop(this.port, 1280, 900, BrowserSession.REDUCED_MOTION);
		signIn();
		this.browser.get("/console");
		assertThat(this.browser.text(By.id("figure-cameras-public"))).isEqualTo("69");
		assertThat(this.browser.text(By.id("figure-cameras-private"))).isEqualTo("314");

		this.browser.get("/console/cameras/requests/new?tip=" + tip);
		this.browser.visible(By.id("camera-" + camera)).click();
		this.browser.driver().findElement(By.id("send-request")).click();
		this.browser.visible(By.id("sent-links"));
		await().atMost(Duration.ofSeconds(20)).until(() -> MAIL.getReceivedMessages().length > 0);
		MimeMessage mail = MAIL.getReceivedMessages()[MAIL.getReceivedMessages().length - 1];
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("hoamai@example.vn");
		String body = GreenMailUtil.getBody(mail);
		Matcher link = LINK.matcher(body.replace("=\r\n", "").replace("=\n", ""));
		assertThat(link.find()).as("the mail carries the private link: %s", body).isTrue();

		this.browser.driver().manage().deleteAllCookies();
		this.browser.get(link.group(1));
		String facts = this.browser.text(By.id("request-facts"));
		assertThat(facts).contains("Trộm cắp tài sản", "Ngõ 12 đường Lê Đức Thọ").doesNotContain("Mất trộm xe máy");
		this.browser.visible(By.id("method-COME_AND_COPY")).click();
		this.browser.driver().findElement(By.id("provide")).click();
		this.browser.visible(By.id("answer-thanks"));
		assertThat(this.browser.text(By.id("request-status"))).isEqualTo("Đã đồng ý cung cấp");

		signIn();
		this.browser.get("/console/cameras/requests?tip=" + tip);
		assertThat(this.browser.text(By.cssSelector("#requests .request-status"))).contains("Đã đồng ý cung cấp",
				"Cán bộ đến sao chép");

		this.browser.get("/console/cameras/" + camera);
		this.browser.visible(By.id("withdraw-confirm")).click();
		this.browser.driver().findElement(By.id("withdraw-consent")).click();
		this.browser.visible(By.id("camera-success"));
		this.browser.get("/console/cameras/requests/new?tip=" + tip);
		this.browser.visible(By.id("no-suggestions"));
		assertThat(this.browser.driver().findElements(By.id("camera-" + camera))).isEmpty();
	}

	private void signIn() {
		this.browser.get("/login");
		this.browser.submitSignIn("thongnhat");
		this.browser.waitUntil(ExpectedConditions.urlContains("/console"));
	}

}

package vn.lachan.streets;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lachan.BrowserSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance 3 in a real headless Chromium on a phone-sized window: the force member
 * {@code totruong} records a sidewalk stall with a photo, reminds the owner, and confirms
 * the sidewalk is cleared: the violation stands at "complied", its photo stored without
 * metadata.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class StreetsBrowserIntegrationTests {

	@LocalServerPort
	private int port;

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
			this.browser.closeWithScreenshot("streets-" + test.getTestMethod().orElseThrow().getName());
		}
	}

	@Test
	void aForceMemberRecordsAViolationWithAPhotoAndItRunsToComplied() throws IOException {
		Path photo = Files.createTempFile("stall", ".png");
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		image.createGraphics().fillRect(8, 8, 30, 20);
		ImageIO.write(image, "png", photo.toFile());
		String address = "Số " + UUID.randomUUID().toString().substring(0, 6) + " phố Hàng Sắt";

		this.browser = BrowserSession.phone(this.port, 390, 844, BrowserSession.REDUCED_MOTION);
		this.driver = this.browser.driver();
		this.browser.get("/login");
		this.browser.submitSignIn("totruong");
		this.browser.waitUntil(ExpectedConditions.urlMatches(".*/console$"));

		this.browser.get("/console/streets/new");
		new Select(find(By.id("typeCode"))).selectByValue("SIDEWALK_STALL");
		find(By.id("address")).sendKeys(address);
		new Select(find(By.id("groupId"))).selectByIndex(1);
		find(By.id("offenderName")).sendKeys("Trần Thị Lan");
		find(By.id("summary")).sendKeys("Bày bàn ghế bán nước chiếm hết vỉa hè");
		this.driver.findElement(By.id("photos")).sendKeys(photo.toAbsolutePath().toString());
		long overflow = this.browser.horizontalOverflow();
		assertThat(overflow).as("horizontal overflow on a 390 px wide phone").isLessThanOrEqualTo(0);
		click(By.id("violation-submit"));

		assertThat(find(By.id("violation-step")).getText()).isEqualTo("Phát hiện");
		assertThat(this.driver.findElements(By.cssSelector("#violation-photos img"))).hasSize(1);
		// a force member does not draw up the violation record
		assertThat(this.driver.findElements(By.id("step-VIOLATION_RECORD"))).isEmpty();
		click(By.id("step-REMINDED"));
		assertThat(find(By.id("violation-step")).getText()).isEqualTo("Đã nhắc nhở");
		click(By.id("step-COMPLIED"));
		assertThat(find(By.id("violation-step")).getText()).isEqualTo("Đã chấp hành, khắc phục");
		assertThat(find(By.id("violation-steps")).getText()).contains("Phát hiện", "Đã nhắc nhở",
				"Đã chấp hành, khắc phục");

		var stored = this.jdbc
			.sql("SELECT v.step, v.offender_name, v.team_id, p.content_type FROM streets_violation v "
					+ "JOIN streets_violation_photo p ON p.violation_id = v.id WHERE v.address = :address")
			.param("address", address)
			.query()
			.singleRow();
		assertThat(stored.get("step")).isEqualTo("COMPLIED");
		assertThat(stored.get("content_type")).isEqualTo("image/png");
		assertThat(stored.get("team_id")).as("the member's own team").isNotNull();
		assertThat((String) stored.get("offender_name")).as("encrypted").doesNotContain("Lan");
		Files.deleteIfExists(photo);
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

package vn.lachan.reports.periodic;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.lachan.LachanApplication;
import vn.lachan.reports.internal.periodic.MonthlyReportMailer;
import vn.lachan.shared.DemoData;
import vn.lachan.territory.TerritoryCatalog;
import vn.lachan.territory.TerritoryFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The committee subscribes to the city's monthly report on its page; on the first working
 * day of March 2022, two instances of the application (this one and a second one started
 * over the same database) run the job at the same moment, and February's report arrives
 * in the mailbox (real SMTP, GreenMail) exactly once, as a PDF of the city's February
 * figures.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MonthlyReportMailIntegrationTests {

	static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static final String ADDRESS = "bcd138@namdinh.example.vn";

	static {
		MAIL.start();
	}

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
	}

	@AfterAll
	static void stopMail() {
		MAIL.stop();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	MonthlyReportMailer mailer;

	@Autowired
	TerritoryCatalog territory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Environment environment;

	@Test
	void theFirstWorkingDayOfAMonthFollowsTheHolidayTable() {
		assertThat(this.mailer.firstWorkingDay(LocalDate.of(2022, 3, 1))).isTrue();
		assertThat(this.mailer.firstWorkingDay(LocalDate.of(2022, 3, 2))).isFalse();
		// 1 and 2 January 2022 fell on a weekend, 3 January was the New Year's day off
		assertThat(this.mailer.firstWorkingDay(LocalDate.of(2022, 1, 3))).isFalse();
		assertThat(this.mailer.firstWorkingDay(LocalDate.of(2022, 1, 4))).isTrue();
		assertThat(this.mailer.firstWorkingDay(LocalDate.of(2022, 5, 1))).isFalse();
	}

	@Test
	void twoInstancesRunningTheJobMailTheMonthlyReportOnce() throws Exception {
		long city = this.territory.findUnitByCode("356", DemoData.AS_OF).orElseThrow().id();
		Cookie committee = TerritoryFixtures.signIn(this.mvc, "committee");
		// a database kept between runs (PostgreSQL) holds the last run's subscription and
		// delivery
		this.jdbc.sql("DELETE FROM report_subscription WHERE unit_id = :city").param("city", city).update();
		this.mvc
			.perform(post("/console/reports/subscriptions").cookie(committee)
				.param("unit", Long.toString(city))
				.param("email", "not an address")
				.with(csrf()))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/console/reports/subscriptions").cookie(committee)
				.param("unit", Long.toString(city))
				.param("email", ADDRESS)
				.with(csrf()))
			.andExpect(redirectedUrl("/console/reports/subscriptions"));
		assertThat(this.mvc.perform(get("/console/reports/subscriptions").cookie(committee))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(ADDRESS).contains("Thành phố Nam Định");
		assertThat(this.jdbc.sql("SELECT email_enc FROM report_subscription").query(String.class).list())
			.noneMatch((stored) -> stored.contains("namdinh"));

		LocalDate firstWorkingDay = LocalDate.of(2022, 3, 1);
		try (ConfigurableApplicationContext second = secondInstance()) {
			MonthlyReportMailer otherMailer = second.getBean(MonthlyReportMailer.class);
			assertThat(otherMailer).isNotSameAs(this.mailer);
			CyclicBarrier together = new CyclicBarrier(2);
			ExecutorService instances = Executors.newFixedThreadPool(2);
			try {
				Future<?> one = instances.submit(() -> run(this.mailer, together, firstWorkingDay));
				Future<?> two = instances.submit(() -> run(otherMailer, together, firstWorkingDay));
				one.get();
				two.get();
			}
			finally {
				instances.shutdown();
			}
		}
		await().atMost(Duration.ofSeconds(20)).until(() -> MAIL.getReceivedMessages().length >= 1);
		Thread.sleep(1000);
		MimeMessage[] received = MAIL.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(ADDRESS);
		assertThat(received[0].getSubject()).contains("02/2022").contains("Thành phố Nam Định");
		String text = PeriodicReportIntegrationTests.pdfText(attachment(received[0])).replaceAll("\\s+", " ");
		assertThat(text).contains("Thành phố Nam Định", "01/02/2022", "28/02/2022", "Lập lúc");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM shedlock WHERE name = 'reports-monthly-mail'")
			.query(Long.class)
			.single()).as("the job ran under its ShedLock lock").isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM report_subscription_delivery WHERE report_month = '2022-02'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	/**
	 * A second instance of the application (its own web server on a random port) over the
	 * same database and the same SMTP server. It keeps the demo mode of the first (its
	 * demo runners find their records and add nothing): an instance out of demo mode
	 * would revoke the demo API tokens that other tests use.
	 */
	private ConfigurableApplicationContext secondInstance() {
		// command-line arguments: they win over the application's properties files
		return new SpringApplicationBuilder(LachanApplication.class).web(WebApplicationType.SERVLET)
			.profiles(this.environment.getActiveProfiles())
			.run("--spring.datasource.url=" + this.environment.getProperty("spring.datasource.url"),
					"--spring.datasource.username=" + this.environment.getProperty("spring.datasource.username", ""),
					"--spring.datasource.password=" + this.environment.getProperty("spring.datasource.password", ""),
					"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + MAIL.getSmtp().getPort(),
					"--spring.modulith.events.republish-outstanding-events-on-restart=false", "--server.port=0",
					"--spring.main.banner-mode=off");
	}

	private static void run(MonthlyReportMailer mailer, CyclicBarrier together, LocalDate day) {
		try {
			together.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		mailer.mailDue(day);
	}

	private static byte[] attachment(MimeMessage message) throws Exception {
		Multipart parts = (Multipart) message.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			Part part = parts.getBodyPart(i);
			if (part.getContentType().toLowerCase().startsWith("application/pdf")) {
				return part.getInputStream().readAllBytes();
			}
		}
		throw new AssertionError("no PDF attached");
	}

}

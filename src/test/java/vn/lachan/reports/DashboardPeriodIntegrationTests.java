package vn.lachan.reports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.lachan.territory.TerritoryCatalog;
import vn.lachan.territory.TerritoryFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard in demo mode opens on the article's period, without typing a date: Vị
 * Hoàng's 113 tips in one figure, which links to exactly those 113 tips; the committee
 * sees them in its table by unit; a nonsense period is refused with a message.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DashboardPeriodIntegrationTests {

	private static final Pattern RECEIVED = Pattern
		.compile("id=\"figure-tips-received\"\\s+href=\"([^\"]+)\">([0-9.,]+)<");

	@Autowired
	MockMvc mvc;

	@Autowired
	TerritoryCatalog territory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void viHoangsDashboardShowsTheArticlesTipsAndTheirListHasExactlyThem() throws Exception {
		Cookie session = TerritoryFixtures.signIn(this.mvc, "vihoang");
		String page = page("/console", session);
		assertThat(page).contains("01/01/2021").contains("30/04/2022").contains("id=\"dashboard-article\"");
		Matcher received = RECEIVED.matcher(page);
		assertThat(received.find()).as("the received figure links to its tips").isTrue();
		assertThat(received.group(2)).isEqualTo("113");
		long unit = TerritoryFixtures.ward(this.territory, TerritoryFixtures.VI_HOANG).id();
		assertThat(this.jdbc.sql("""
				SELECT COUNT(*) FROM tip WHERE unit_id = :unit
				AND received_at >= TIMESTAMP WITH TIME ZONE '2020-12-31 17:00:00+00'
				AND received_at < TIMESTAMP WITH TIME ZONE '2022-04-30 17:00:00+00'""")
			.param("unit", unit)
			.query(Long.class)
			.single()).isEqualTo(113);
		String list = page(received.group(1).replace("&amp;", "&"), session);
		assertThat(list).contains("113 bản ghi");
		assertThat(page).contains("id=\"chart-tips-months\"").contains("data-series=");
	}

	@Test
	void theCommitteeSeesViHoangsTipsInItsTableByUnit() throws Exception {
		Cookie session = TerritoryFixtures.signIn(this.mvc, "committee");
		String page = page("/console", session);
		assertThat(page).contains("id=\"tips-by-unit\"");
		String table = page.substring(page.indexOf("id=\"tips-by-unit\""));
		String row = table.substring(table.indexOf("Phường Vị Hoàng"));
		assertThat(row.substring(0, row.indexOf("</tr>"))).contains(">113<");
	}

	@Test
	void aPeriodThatEndsBeforeItStartsIsRefusedWithAMessage() throws Exception {
		Cookie session = TerritoryFixtures.signIn(this.mvc, "vihoang");
		String page = page("/console?preset=CUSTOM&from=2022-05-01&to=2022-01-01", session);
		assertThat(page).contains("Khoảng thời gian đã chọn không hợp lệ");
		assertThat(page("/console?preset=CUSTOM&from=2021-01-01&to=2021-12-31", session)).contains("01/01/2021")
			.contains("31/12/2021");
	}

	private String page(String path, Cookie session) throws Exception {
		return this.mvc.perform(get(path).cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}

package vn.lachan.reports.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import vn.lachan.mediation.MediationCaseConcluded;
import vn.lachan.mediation.MediationCaseEscalated;
import vn.lachan.mediation.MediationCaseFacts;
import vn.lachan.mediation.MediationCaseOpened;
import vn.lachan.mediation.MediationOutcome;
import vn.lachan.mediation.MediationSessionHeld;
import vn.lachan.reports.MediationFigures;
import vn.lachan.reports.MediationFigures.Counts;
import vn.lachan.reports.ReportsCatalog;
import vn.lachan.territory.TerritoryCatalog;
import vn.lachan.territory.TerritoryFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Mediation figures equal the demo's cases recomputed from the mediation tables; the feed
 * files events whatever their order and as often as they come; another ward gets 404.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MediationFiguresIntegrationTests {

	private static final LocalDate FROM = LocalDate.of(2021, 1, 1);

	private static final LocalDate TO = LocalDate.of(2022, 4, 30);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TerritoryCatalog territory;

	@Autowired
	ReportsCatalog reports;

	@Autowired
	MediationFeed feed;

	long viHoang() {
		return TerritoryFixtures.ward(this.territory, TerritoryFixtures.VI_HOANG).id();
	}

	/** The counts straight from the mediation module's tables. */
	Map<String, Counts> fromCaseTable(long unit) {
		Map<String, Counts> byKind = new HashMap<>();
		this.jdbc
			.sql("""
					SELECT c.dispute_kind AS k, COUNT(*) AS received,
					  SUM(CASE WHEN (SELECT COUNT(*) FROM mediation_session s WHERE s.case_id = c.id) > 0 THEN 1 ELSE 0 END) AS mediated,
					  SUM(CASE WHEN c.status = 'SUCCEEDED' THEN 1 ELSE 0 END) AS successful,
					  SUM(CASE WHEN c.status = 'FAILED' THEN 1 ELSE 0 END) AS unsuccessful,
					  SUM(CASE WHEN c.status = 'WITHDRAWN' THEN 1 ELSE 0 END) AS withdrawn,
					  SUM(CASE WHEN c.status = 'OPEN' THEN 1 ELSE 0 END) AS pending,
					  SUM(CASE WHEN c.tip_id IS NOT NULL THEN 1 ELSE 0 END) AS escalated
					FROM mediation_case c
					WHERE c.unit_id = :unit AND c.received_on BETWEEN DATE '2021-01-01' AND DATE '2022-04-30'
					GROUP BY c.dispute_kind""")
			.param("unit", unit)
			.query((rs, n) -> byKind.put(rs.getString("k"),
					new Counts(rs.getLong("received"), rs.getLong("mediated"), rs.getLong("successful"),
							rs.getLong("unsuccessful"), rs.getLong("withdrawn"), rs.getLong("pending"),
							rs.getLong("escalated"))))
			.list();
		return byKind;
	}

	@Test
	void viHoangsFiguresAreItsDemoCasesRecomputedFromTheCaseTable() throws Exception {
		long unit = viHoang();
		Map<String, Counts> expected = fromCaseTable(unit);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(this.reports.mediationFigures(unit, FROM, TO).byKind()).isEqualTo(expected));
		MediationFigures figures = this.reports.mediationFigures(unit, FROM, TO);
		// the demo: most ended in agreement, a few failed, one withdrawn, one still open
		// under threat
		assertThat(figures.total().received()).isEqualTo(12);
		assertThat(figures.total().mediated()).isEqualTo(12);
		assertThat(figures.total().successful()).isEqualTo(8);
		assertThat(figures.total().unsuccessful()).isEqualTo(2);
		assertThat(figures.total().withdrawn()).isEqualTo(1);
		assertThat(figures.total().pending()).isEqualTo(1);
		assertThat(figures.byUnit()).containsOnlyKeys(unit);
		assertThat(figures.byUnit().get(unit)).isEqualTo(figures.total());

		String body = this.mvc
			.perform(as("vihoang",
					get("/api/v1/statistics/mediation").param("unit", Long.toString(unit))
						.param("from", FROM.toString())
						.param("to", TO.toString())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total.received").value(12))
			.andExpect(jsonPath("$.total.successful").value(8))
			.andReturn()
			.getResponse()
			.getContentAsString();
		expected.forEach((kind, counts) -> assertThat(JsonPath.<Integer>read(body, "$.byKind." + kind + ".received"))
			.isEqualTo((int) counts.received()));
		// the city sees its wards' cases summed
		long city = this.territory.findUnitByCode("356", vn.lachan.shared.DemoData.AS_OF).orElseThrow().id();
		assertThat(this.reports.mediationFigures(city, FROM, TO).byUnit().get(unit)).isEqualTo(figures.total());
	}

	@Test
	void anotherWardGets404AndAPeriodEndingBeforeItStartsIs400() throws Exception {
		this.mvc
			.perform(as("thongnhat",
					get("/api/v1/statistics/mediation").param("unit", Long.toString(viHoang()))
						.param("from", FROM.toString())
						.param("to", TO.toString())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(as("vihoang",
					get("/api/v1/statistics/mediation").param("unit", Long.toString(viHoang()))
						.param("from", "2022-04-30")
						.param("to", "2021-01-01")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	@Test
	void theFeedFilesEventsInAnyOrderAndOnlyOnce() {
		long unit = viHoang();
		LocalDate received = LocalDate.of(2020, 6, 1);
		MediationCaseFacts facts = new MediationCaseFacts(-41, unit, "LAND", received);
		// a case of 2020 (before every period the tests ask for), left from an earlier
		// run
		this.jdbc.sql("DELETE FROM report_mediation_session WHERE case_id = -41").update();
		this.jdbc.sql("DELETE FROM report_mediation_case WHERE case_id = -41").update();
		MediationFigures before = this.reports.mediationFigures(unit, received, received);
		// the outcome and the escalation arrive before the case, each twice
		for (int i = 0; i < 2; i++) {
			this.feed.on(new MediationCaseConcluded(facts, MediationOutcome.FAILED, received.plusDays(3)));
			this.feed.on(new MediationCaseEscalated(facts, 9_999_001L, received.plusDays(2)));
			this.feed.on(new MediationSessionHeld(facts, -42, received.plusDays(1)));
			this.feed.on(new MediationCaseOpened(facts));
		}
		// the listeners run asynchronously, as they do for the module's own events
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.reports.mediationFigures(unit, received, received).total())
				.isEqualTo(new Counts(1, 1, 0, 1, 0, 0, 1)));
		assertThat(before.total()).isEqualTo(Counts.NONE);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM report_mediation_session WHERE case_id = -41")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theDashboardShowsTheWardsMediationFigures() throws Exception {
		long unit = viHoang();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.reports.mediationFigures(unit, FROM, TO).byKind())
				.isEqualTo(fromCaseTable(unit)));
		Cookie session = TerritoryFixtures.signIn(this.mvc, "vihoang");
		String page = this.mvc.perform(get("/console").cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"dashboard-mediation\"");
		long successful = this.reports.mediationFigures(unit, FROM, TO).total().successful();
		assertThat(page).containsPattern("id=\"figure-mediation-successful\">" + successful + "<");
		assertThat(page).doesNotContain("Trần Văn Lợi");
	}

	private static MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.header(HttpHeaders.AUTHORIZATION, "Bearer demo-" + username);
	}

}

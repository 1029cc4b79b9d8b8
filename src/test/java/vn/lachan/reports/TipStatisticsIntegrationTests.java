package vn.lachan.reports;

import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.lachan.shared.DemoData;
import vn.lachan.territory.TerritoryCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The tip statistics read as the article from the demo data, and equal what the tip table
 * itself holds.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TipStatisticsIntegrationTests {

	private static final String FROM = "2021-01-01";

	private static final String TO = "2022-04-30";

	@Autowired
	MockMvc mvc;

	@Autowired
	TerritoryCatalog territory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void viHoangsFiguresReadAsTheArticle() throws Exception {
		long viHoang = this.territory.findUnitByCode("13639", DemoData.AS_OF).orElseThrow().id();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> this.mvc.perform(statistics(viHoang, "Bearer demo-vihoang"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.received.total").value(113))
				.andExpect(jsonPath("$.received.byChannel.FIELD").value(113))
				.andExpect(jsonPath("$.outcomesByKind.PREVENTED.cases").value(5)));
		String body = this.mvc.perform(statistics(viHoang, "Bearer demo-vihoang"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(figure(body, "ARREST", "drug-possession", "cases")).isEqualTo(3);
		assertThat(figure(body, "ARREST", "drug-possession", "suspects")).isEqualTo(4);
		assertThat(figure(body, "ARREST", "gambling", "cases")).isEqualTo(2);
		assertThat(figure(body, "ARREST", "theft", "cases")).isEqualTo(2);
		assertThat(figure(body, "PREVENTED", "fight", "cases")).isEqualTo(5);
		// the demo's last tips of March 2022 are still being verified, so their clocks
		// ran out (tips other tests add today fall outside the period)
		long stillOpen = this.jdbc
			.sql("SELECT COUNT(*) FROM tip WHERE unit_id = :unit AND status IN ('RECEIVED', 'ASSIGNED', 'VERIFYING')"
					+ " AND received_at >= TIMESTAMP WITH TIME ZONE '2020-12-31 17:00:00+00'"
					+ " AND received_at < TIMESTAMP WITH TIME ZONE '2022-04-30 17:00:00+00'")
			.param("unit", viHoang)
			.query(Long.class)
			.single();
		assertThat(stillOpen).isPositive();
		assertThat(((Number) JsonPath.read(body, "$.received.overdue")).longValue()).isEqualTo(stillOpen);
		// the city includes Vị Hoàng; another ward's officer does not see it
		long city = this.territory.findUnitByCode("356", DemoData.AS_OF).orElseThrow().id();
		this.mvc.perform(statistics(city, "Bearer demo-committee"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.received.byChannel.FIELD").value(org.hamcrest.Matchers.greaterThanOrEqualTo(113)));
		this.mvc.perform(statistics(viHoang, "Bearer demo-thongnhat")).andExpect(status().isNotFound());
	}

	@Test
	void theFiguresEqualTheTipTable() throws Exception {
		long viHoang = this.territory.findUnitByCode("13639", DemoData.AS_OF).orElseThrow().id();
		String where = " FROM tip t WHERE t.unit_id = :unit AND t.received_at >= TIMESTAMP WITH TIME ZONE '2020-12-31 17:00:00+00'"
				+ " AND t.received_at < TIMESTAMP WITH TIME ZONE '2022-04-30 17:00:00+00'";
		long total = this.jdbc.sql("SELECT COUNT(*)" + where).param("unit", viHoang).query(Long.class).single();
		List<Object[]> byCategory = this.jdbc
			.sql("SELECT t.category_code, COUNT(*)" + where + " GROUP BY t.category_code")
			.param("unit", viHoang)
			.query((rs, row) -> new Object[] { rs.getString(1), rs.getLong(2) })
			.list();
		List<Object[]> outcomes = this.jdbc
			.sql("SELECT o.kind, o.offence_category, SUM(o.cases), SUM(o.suspects)"
					+ where.replace("FROM tip t", "FROM tip t JOIN tip_outcome o ON o.tip_id = t.id")
					+ " AND t.status = 'RESOLVED' GROUP BY o.kind, o.offence_category")
			.param("unit", viHoang)
			.query((rs, row) -> new Object[] { rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4) })
			.list();
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			String body = this.mvc.perform(statistics(viHoang, "Bearer demo-vihoang"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(((Number) JsonPath.read(body, "$.received.total")).longValue()).isEqualTo(total);
			for (Object[] row : byCategory) {
				assertThat(((Number) JsonPath.read(body, "$.received.byCategory['" + row[0] + "']")).longValue())
					.isEqualTo(row[1]);
			}
			List<?> lines = JsonPath.read(body, "$.outcomes");
			assertThat(lines).hasSize(outcomes.size());
			for (Object[] row : outcomes) {
				assertThat(figure(body, (String) row[0], (String) row[1], "cases")).isEqualTo(row[2]);
				assertThat(figure(body, (String) row[0], (String) row[1], "suspects")).isEqualTo(row[3]);
			}
		});
	}

	private static org.springframework.test.web.servlet.RequestBuilder statistics(long unit, String token) {
		return get("/api/v1/tips/statistics").param("unit", String.valueOf(unit))
			.param("from", FROM)
			.param("to", TO)
			.header(HttpHeaders.AUTHORIZATION, token);
	}

	private static long figure(String body, String kind, String offence, String field) {
		List<Number> values = JsonPath.read(body,
				"$.outcomes[?(@.kind == '" + kind + "' && @.offenceCategory == '" + offence + "')]." + field);
		return values.stream().mapToLong(Number::longValue).sum();
	}

}

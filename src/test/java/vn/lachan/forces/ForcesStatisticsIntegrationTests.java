package vn.lachan.forces;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.lachan.shared.DemoData;
import vn.lachan.territory.TerritoryCatalog;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The forces' figures come through the reports module's own tables and equal a count
 * straight from the forces' tables: 581 community teams with 4,067 members in the city, 7
 * security-team members in Vị Hoàng.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ForcesStatisticsIntegrationTests {

	private static final String ACTIVE_ON = """
			 t.founded_on <= DATE '2022-04-01' AND (t.ended_on IS NULL OR t.ended_on > DATE '2022-04-01')
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	TerritoryCatalog territory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCityHas581CommunityTeamsWith4067Members() {
		long city = this.territory.findUnitByCode("356", DemoData.AS_OF).orElseThrow().id();
		long teams = countTeams("COMMUNITY", null);
		long members = countMembers("COMMUNITY", null);
		org.assertj.core.api.Assertions.assertThat(teams).isEqualTo(581);
		org.assertj.core.api.Assertions.assertThat(members).isEqualTo(4067);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> this.mvc
				.perform(get("/api/v1/teams/statistics").param("unit", Long.toString(city))
					.param("on", "2022-04-01")
					.header(HttpHeaders.AUTHORIZATION, "Bearer demo-committee"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.kinds[?(@.kind == 'COMMUNITY')].teams", hasItem((int) teams)))
				.andExpect(jsonPath("$.kinds[?(@.kind == 'COMMUNITY')].members", hasItem((int) members))));
	}

	@Test
	void viHoangHasASevenMemberSecurityTeam() {
		long viHoang = this.territory.findUnitByCode("13639", DemoData.AS_OF).orElseThrow().id();
		long members = countMembers("SECURITY", viHoang);
		org.assertj.core.api.Assertions.assertThat(members).isEqualTo(7);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> this.mvc
				.perform(get("/api/v1/teams/statistics").param("unit", Long.toString(viHoang))
					.param("on", "2022-04-01")
					.header(HttpHeaders.AUTHORIZATION, "Bearer demo-vihoang"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.kinds[?(@.kind == 'SECURITY')].teams",
						hasItem((int) countTeams("SECURITY", viHoang))))
				.andExpect(jsonPath("$.kinds[?(@.kind == 'SECURITY')].members", hasItem((int) members))));
	}

	@Test
	void aWardOfficerAsksForAnotherWardsFiguresAndGets404() throws Exception {
		long thongNhat = this.territory.findUnitByCode("13681", DemoData.AS_OF).orElseThrow().id();
		this.mvc
			.perform(get("/api/v1/teams/statistics").param("unit", Long.toString(thongNhat))
				.header(HttpHeaders.AUTHORIZATION, "Bearer demo-vihoang"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("not-found"));
	}

	@Test
	void aBadDateIsAProblem() throws Exception {
		this.mvc
			.perform(get("/api/v1/teams/statistics").param("unit", "1")
				.param("on", "01/04/2022")
				.header(HttpHeaders.AUTHORIZATION, "Bearer demo-committee"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("bad-request"));
	}

	private long countTeams(String kind, Long unitId) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM forces_team t WHERE t.kind_code = :kind AND" + ACTIVE_ON
					+ ((unitId != null) ? " AND t.unit_id = " + unitId : ""))
			.param("kind", kind)
			.query(Long.class)
			.single();
	}

	private long countMembers(String kind, Long unitId) {
		return this.jdbc.sql("""
				SELECT COUNT(DISTINCT m.person_id) FROM forces_membership m JOIN forces_team t ON t.id = m.team_id
				WHERE m.joined_on <= DATE '2022-04-01' AND (m.left_on IS NULL OR m.left_on > DATE '2022-04-01')
				  AND t.kind_code = :kind AND""" + ACTIVE_ON + ((unitId != null) ? " AND t.unit_id = " + unitId : ""))
			.param("kind", kind)
			.query(Long.class)
			.single();
	}

}

package vn.lachan.forces;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.lachan.shared.time.VietnamTime;
import vn.lachan.territory.TerritoryCatalog;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Activities by kind and month come through the reports module and equal a count straight
 * from the activity log; the area officer logs for the team he works with.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ActivityFiguresIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TerritoryCatalog territory;

	@Test
	void activitiesAreCountedByKindAndMonth() throws Exception {
		ForcesFixtures fixtures = new ForcesFixtures(this.jdbc, this.territory);
		long viHoang = fixtures.viHoang();
		Instant at = Instant.now().minusSeconds(3600);
		LocalDate day = LocalDate.ofInstant(at, VietnamTime.ZONE);
		String month = day.toString().substring(0, 7);
		this.mvc
			.perform(post("/api/v1/activities").header(HttpHeaders.AUTHORIZATION, "Bearer demo-khuvuc")
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"teamId\": " + fixtures.securityTeam() + ", \"kind\": \"FIRE_RESCUE\", \"occurredAt\": \""
						+ at + "\", \"place\": \"Tổ dân phố số 2\", \"participants\": 4}"))
			.andExpect(status().isCreated());
		ZonedDateTime from = day.withDayOfMonth(1).atStartOfDay(VietnamTime.ZONE);
		long stored = this.jdbc
			.sql("SELECT COUNT(*) FROM forces_activity WHERE unit_id = :unit AND kind = 'FIRE_RESCUE'"
					+ " AND occurred_at >= :from AND occurred_at < :to")
			.param("unit", viHoang)
			.param("from", Timestamp.from(from.toInstant()))
			.param("to", Timestamp.from(from.plusMonths(1).toInstant()))
			.query(Long.class)
			.single();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> this.mvc
				.perform(get("/api/v1/activities/statistics").param("unit", Long.toString(viHoang))
					.param("year", Integer.toString(day.getYear()))
					.header(HttpHeaders.AUTHORIZATION, "Bearer demo-vihoang"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.rows[?(@.month == '" + month + "' && @.kind == 'FIRE_RESCUE')].activities",
						hasItem((int) stored))));
	}

	@Test
	void theCatalogAnswersTeamsForOtherModules(@Autowired ForcesCatalog catalog) {
		ForcesFixtures fixtures = new ForcesFixtures(this.jdbc, this.territory);
		TeamSummary team = catalog.findTeam(fixtures.securityTeam()).orElseThrow();
		org.assertj.core.api.Assertions.assertThat(team.kind()).isEqualTo("SECURITY");
		org.assertj.core.api.Assertions.assertThat(team.groupIds()).hasSize(7);
		org.assertj.core.api.Assertions.assertThat(catalog.teamsOf(fixtures.viHoang()))
			.extracting(TeamSummary::name)
			.contains(ForcesFixtures.SECURITY_TEAM);
		org.assertj.core.api.Assertions.assertThat(catalog.kinds())
			.extracting(TeamKind::code)
			.contains("SECURITY", "COMMUNITY", "DRUG_LIAISON", "MEDIATION");
	}

}

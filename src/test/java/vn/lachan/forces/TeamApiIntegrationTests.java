package vn.lachan.forces;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import vn.lachan.territory.TerritoryCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Teams, members and field work over the API: scope, membership rules and their
 * confirmation, idempotent activity logging, personal details under audit.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TeamApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TerritoryCatalog territory;

	ForcesFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new ForcesFixtures(this.jdbc, this.territory);
	}

	@Test
	void aViHoangOfficerCannotReadOrChangeAThongNhatTeam() throws Exception {
		long team = this.fixtures.thongNhatTeam();
		this.mvc.perform(as("vihoang", get("/api/v1/teams/{id}", team)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("not-found"));
		this.mvc.perform(as("vihoang", get("/api/v1/teams/{id}/members", team))).andExpect(status().isNotFound());
		this.mvc
			.perform(as("vihoang", put("/api/v1/teams/{id}", team)).contentType(MediaType.APPLICATION_JSON)
				.content(teamJson(this.fixtures.thongNhat(), "COMMUNITY", "Đổi tên")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(as("vihoang", post("/api/v1/teams/{id}/members", team)).contentType(MediaType.APPLICATION_JSON)
				.content(memberJson("Nguyễn Văn Thử", "1980-01-01", "MALE", "2015-01-01", false)))
			.andExpect(status().isNotFound());
		this.mvc.perform(as("thongnhat", get("/api/v1/teams/{id}", team))).andExpect(status().isOk());
	}

	@Test
	void teamListsFollowTheScope() throws Exception {
		this.mvc.perform(as("vihoang", get("/api/v1/teams").param("kind", "SECURITY")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].name", hasItem(ForcesFixtures.SECURITY_TEAM)));
		this.mvc.perform(as("vihoang", get("/api/v1/teams").param("unit", Long.toString(this.fixtures.thongNhat()))))
			.andExpect(status().isNotFound());
		this.mvc.perform(as("khuvuc", get("/api/v1/teams").param("q", "bao ve dan pho")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].name", hasItem(ForcesFixtures.SECURITY_TEAM)));
	}

	@Test
	void badInputIsAProblemWithFieldErrors() throws Exception {
		this.mvc
			.perform(as("vihoang", post("/api/v1/teams")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"unitId\": " + this.fixtures.viHoang() + ", \"kind\": \"NOPE\", \"name\": \"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItems("name", "foundedOn")));
		this.mvc
			.perform(as("vihoang", post("/api/v1/teams")).contentType(MediaType.APPLICATION_JSON)
				.content(teamJson(this.fixtures.viHoang(), "NOPE", ForcesFixtures.unique("Tổ"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("kind")));
	}

	@Test
	void securityTeamRuleWarningsMustBeConfirmedAndTheConfirmationIsRecorded() throws Exception {
		long team = createTeam("SECURITY", ForcesFixtures.unique("Tổ bảo vệ ANTT thử"));
		String young = memberJson("Trần Văn Trẻ",
				LocalDate.now(vn.lachan.shared.time.VietnamTime.ZONE).minusYears(16).toString(), "MALE",
				LocalDate.now(vn.lachan.shared.time.VietnamTime.ZONE).minusMonths(3).toString(), false);
		this.mvc
			.perform(as("vihoang", post("/api/v1/teams/{id}/members", team)).contentType(MediaType.APPLICATION_JSON)
				.content(young))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("membership-warnings"))
			.andExpect(jsonPath("$.warnings[*].rule", hasItems("MIN_AGE", "MIN_RESIDENCE_MONTHS")))
			.andExpect(jsonPath("$.warnings[0].message").isNotEmpty());
		this.mvc.perform(as("vihoang", get("/api/v1/teams/{id}/members", team)))
			.andExpect(jsonPath("$.totalItems").value(0))
			.andExpect(jsonPath("$.items.length()").value(0));
		String old = memberJson("Lê Văn Cao",
				LocalDate.now(vn.lachan.shared.time.VietnamTime.ZONE).minusYears(75).toString(), "MALE", "1990-01-01",
				false);
		this.mvc
			.perform(as("vihoang", post("/api/v1/teams/{id}/members", team)).contentType(MediaType.APPLICATION_JSON)
				.content(old))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.warnings[*].rule", hasItem("MAX_AGE")));
		this.mvc
			.perform(as("vihoang", post("/api/v1/teams/{id}/members", team)).contentType(MediaType.APPLICATION_JSON)
				.content(young.replace("\"confirmWarnings\": false", "\"confirmWarnings\": true")))
			.andExpect(status().isCreated());
		long officer = this.fixtures.accountId("vihoang");
		String warnings = this.jdbc
			.sql("SELECT warnings FROM forces_rule_confirmation WHERE team_id = :team AND confirmed_by = :by")
			.param("team", team)
			.param("by", officer)
			.query(String.class)
			.single();
		assertThat(warnings).contains("MIN_AGE").contains("MIN_RESIDENCE_MONTHS");
		String fit = memberJson("Phạm Văn Đủ", "1980-05-05", "MALE", "2000-01-01", false);
		this.mvc
			.perform(as("vihoang", post("/api/v1/teams/{id}/members", team)).contentType(MediaType.APPLICATION_JSON)
				.content(fit))
			.andExpect(status().isCreated());
	}

	@Test
	void aMediationTeamWithFewerThanThreeMediatorsOrNoWomanIsFlagged() throws Exception {
		long team = createTeam("MEDIATION", ForcesFixtures.unique("Tổ hòa giải thử"));
		this.mvc
			.perform(as("vihoang", post("/api/v1/teams/{id}/members", team)).contentType(MediaType.APPLICATION_JSON)
				.content(memberJson("Đỗ Văn Một", "1970-01-01", "MALE", "2000-01-01", false)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.warnings[*].rule", hasItems("MIN_MEMBERS", "REQUIRES_WOMAN")));
		this.mvc
			.perform(as("vihoang", post("/api/v1/teams/{id}/members", team)).contentType(MediaType.APPLICATION_JSON)
				.content(memberJson("Đỗ Văn Một", "1970-01-01", "MALE", "2000-01-01", true)))
			.andExpect(status().isCreated());
		this.mvc.perform(as("vihoang", get("/api/v1/teams/{id}", team)))
			.andExpect(jsonPath("$.warnings.length()").value(2));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM forces_rule_confirmation WHERE team_id = :team")
			.param("team", team)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aMemberWhoLeavesStaysInTheHistoryAndMayBeInSeveralTeams() throws Exception {
		long first = createTeam("COMMUNITY", ForcesFixtures.unique("Tổ tự quản thử"));
		long second = createTeam("COMMUNITY", ForcesFixtures.unique("Tổ tự quản thử"));
		String created = this.mvc
			.perform(as("vihoang", post("/api/v1/teams/{id}/members", first)).contentType(MediaType.APPLICATION_JSON)
				.content(memberJson("Vũ Thị Nhiều", "1985-02-02", "FEMALE", "2000-01-01", false)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int membership = JsonPath.read(created, "$.membershipId");
		int person = JsonPath.read(created, "$.personId");
		this.mvc
			.perform(as("vihoang", post("/api/v1/teams/{id}/members", second)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"personId\": " + person + ", \"role\": \"LEADER\", \"joinedOn\": \""
						+ ForcesFixtures.today() + "\"}"))
			.andExpect(status().isCreated());
		this.mvc
			.perform(as("vihoang", post("/api/v1/teams/{id}/members/{m}/leave", first, membership))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"leftOn\": \"" + LocalDate.now(vn.lachan.shared.time.VietnamTime.ZONE).plusDays(1) + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.leftOn").isNotEmpty());
		this.mvc.perform(as("vihoang", get("/api/v1/teams/{id}/members", first)))
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].leftOn").isNotEmpty());

	}

	@Test
	void aTeamsRosterPagesInTheOrderOfTheWholeAndSaysItsTotal() throws Exception {
		long team = this.jdbc.sql("""
				SELECT m.team_id FROM forces_membership m JOIN forces_team t ON t.id = m.team_id
				WHERE t.name = 'Tổ bảo vệ dân phố phường Vị Hoàng' GROUP BY m.team_id""").query(Long.class).single();
		long total = this.jdbc.sql("SELECT COUNT(*) FROM forces_membership WHERE team_id = :t")
			.param("t", team)
			.query(Long.class)
			.single();
		assertThat(total).as("a roster of more than one page of two").isGreaterThan(2);
		String whole = this.mvc.perform(as("vihoang", get("/api/v1/teams/{id}/members", team)).param("size", "200"))
			.andExpect(jsonPath("$.totalItems").value(total))
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.List<Integer> all = JsonPath.read(whole, "$.items[*].membershipId");
		java.util.List<Integer> paged = new java.util.ArrayList<>();
		for (int page = 0; page * 2 < total; page++) {
			String json = this.mvc
				.perform(as("vihoang", get("/api/v1/teams/{id}/members", team)).param("page", Integer.toString(page))
					.param("size", "2"))
				.andExpect(jsonPath("$.totalItems").value(total))
				.andExpect(jsonPath("$.page").value(page))
				.andExpect(jsonPath("$.size").value(2))
				.andReturn()
				.getResponse()
				.getContentAsString();
			paged.addAll(JsonPath.read(json, "$.items[*].membershipId"));
		}
		assertThat(paged).containsExactlyElementsOf(all);
		this.mvc.perform(as("thongnhat", get("/api/v1/teams/{id}/members", team)).param("size", "2"))
			.andExpect(status().isNotFound());
	}

	@Test
	void personalDetailsAreReadUnderAuditWithAPurpose() throws Exception {

		long team = createTeam("COMMUNITY", ForcesFixtures.unique("Tổ tự quản thử"));
		String created = this.mvc
			.perform(as("vihoang", post("/api/v1/teams/{id}/members", team)).contentType(MediaType.APPLICATION_JSON)
				.content(memberJson("Bùi Thị Riêng", "1979-03-03", "FEMALE", "2000-01-01", false)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int person = JsonPath.read(created, "$.personId");
		String stored = this.jdbc.sql("SELECT phone_encrypted FROM forces_person WHERE id = :id")
			.param("id", person)
			.query(String.class)
			.single();
		assertThat(stored).startsWith("v1:").doesNotContain("0912345678");
		this.mvc.perform(as("vihoang", get("/api/v1/members/{id}/personal-details", person)))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(as("vihoang", get("/api/v1/members/{id}/personal-details", person)).param("purpose",
					"Liên hệ phân công tuần tra"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.phone").value("0912345678"));
		assertThat(this.jdbc.sql("""
				SELECT purpose FROM audit_event WHERE action = 'PERSONAL_DATA_READ' AND record_type = 'forces-member'
				  AND record_id = :id
				""").param("id", Integer.toString(person)).query(String.class).list())
			.containsExactly("Liên hệ phân công tuần tra");
		this.mvc.perform(as("thongnhat", get("/api/v1/members/{id}/personal-details", person)).param("purpose", "x"))
			.andExpect(status().isNotFound());
	}

	@Test
	void theSameActivitySentTwiceIsStoredOnce() throws Exception {
		long team = this.fixtures.securityTeam();
		String key = UUID.randomUUID().toString();
		String body = "{\"teamId\": " + team + ", \"kind\": \"PATROL\", \"occurredAt\": \""
				+ java.time.Instant.now().minusSeconds(600) + "\", \"place\": \"Chợ Vị Hoàng\", \"participants\": 3}";
		this.mvc
			.perform(as("totruong", post("/api/v1/activities")).header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated());
		this.mvc
			.perform(as("totruong", post("/api/v1/activities")).header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andExpect(jsonPath("$.kind").value("PATROL"));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM forces_activity WHERE idempotency_key = :key")
			.param("key", key)
			.query(Long.class)
			.single()).isEqualTo(1);
		this.mvc.perform(as("totruong", get("/api/v1/activities").param("team", Long.toString(team))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].idempotencyKey", hasItem(key)));
	}

	@Test
	void aMemberCannotLogForAnotherWardsTeamAndBadActivitiesAreProblems() throws Exception {
		String body = "{\"teamId\": " + this.fixtures.thongNhatTeam()
				+ ", \"kind\": \"PATROL\", \"occurredAt\": \"2026-01-01T00:00:00Z\", \"place\": \"x\", \"participants\": 1}";
		this.mvc
			.perform(as("totruong", post("/api/v1/activities")).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(as("totruong", post("/api/v1/activities")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"teamId\": " + this.fixtures.securityTeam() + ", \"kind\": \"DANCING\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("bad-request")));
	}

	private long createTeam(String kind, String name) throws Exception {
		String created = this.mvc
			.perform(as("vihoang", post("/api/v1/teams")).contentType(MediaType.APPLICATION_JSON)
				.content(teamJson(this.fixtures.viHoang(), kind, name)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(created, "$.id")).longValue();
	}

	private static String teamJson(long unit, String kind, String name) {
		return "{\"unitId\": " + unit + ", \"kind\": \"" + kind + "\", \"name\": \"" + name + "\", \"foundedOn\": \""
				+ LocalDate.now(vn.lachan.shared.time.VietnamTime.ZONE).minusDays(1) + "\"}";
	}

	private static String memberJson(String name, String birth, String sex, String residentSince, boolean confirm) {
		return "{\"fullName\": \"" + name + "\", \"birthDate\": \"" + birth + "\", \"sex\": \"" + sex
				+ "\", \"phone\": \"0912345678\", \"residentSince\": \"" + residentSince
				+ "\", \"role\": \"MEMBER\", \"joinedOn\": \"" + ForcesFixtures.today() + "\", \"confirmWarnings\": "
				+ confirm + "}";
	}

	private static MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.header(HttpHeaders.AUTHORIZATION, "Bearer demo-" + username);
	}

}

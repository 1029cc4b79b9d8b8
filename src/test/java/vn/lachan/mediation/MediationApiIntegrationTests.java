package vn.lachan.mediation;

import java.time.LocalDate;

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

import vn.lachan.shared.DemoData;
import vn.lachan.shared.time.VietnamTime;
import vn.lachan.territory.TerritoryCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Mediation cases over the API: bad input changes nothing, another ward's officer and
 * other teams get 404, outcomes guard their transitions, an escalation opens a linked
 * tip, party reads are audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MediationApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TerritoryCatalog territory;

	long viHoang() {
		return this.territory.findUnitByCode("13639", DemoData.AS_OF).orElseThrow().id();
	}

	long thongNhat() {
		return this.territory.findUnitByCode("13681", DemoData.AS_OF).orElseThrow().id();
	}

	long team() {
		return this.jdbc.sql("SELECT MIN(id) FROM forces_team WHERE unit_id = :unit AND kind_code = 'MEDIATION'")
			.param("unit", viHoang())
			.query(Long.class)
			.single();
	}

	long mediator(int offset) {
		return this.jdbc.sql("""
				SELECT person_id FROM forces_membership WHERE team_id = :team AND left_on IS NULL ORDER BY person_id
				""").param("team", team()).query(Long.class).list().get(offset);
	}

	long otherWardPerson() {
		return this.jdbc.sql("""
				SELECT MIN(m.person_id) FROM forces_membership m JOIN forces_team t ON t.id = m.team_id
				WHERE t.unit_id = :unit""").param("unit", thongNhat()).query(Long.class).single();
	}

	long cases() {
		return this.jdbc.sql("SELECT COUNT(*) FROM mediation_case").query(Long.class).single();
	}

	String caseJson(String summary, LocalDate received, long... mediators) {
		StringBuilder ids = new StringBuilder();
		for (long id : mediators) {
			ids.append((ids.length() > 0) ? "," : "").append(id);
		}
		return """
				{"unitId": %d, "teamId": %d, "grounds": "PARTY_REQUEST", "kind": "NEIGHBOURS", "summary": "%s",
				 "receivedOn": "%s", "mediatorIds": [%s],
				 "parties": [{"name": "Đỗ Văn Thửnghiệm", "contact": "0912000111", "address": "Số 3 phố Thử", "invited": false},
				             {"name": "Lý Thị Thửnghiệm", "invited": false}]}"""
			.formatted(viHoang(), team(), summary, received, ids);
	}

	long open(String user, String json) throws Exception {
		String body = this.mvc
			.perform(as(user, post("/api/v1/mediation/cases")).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	LocalDate today() {
		return LocalDate.now(VietnamTime.ZONE);
	}

	@Test
	void theDemoHasViHoangsMediatedConflictsMostSuccessfulAFewFailedOneOpenUnderThreat() {
		java.util.Map<String, Long> byStatus = new java.util.HashMap<>();
		this.jdbc.sql("""
				SELECT status, COUNT(*) AS n FROM mediation_case
				WHERE team_id = :team AND received_on BETWEEN DATE '2021-01-01' AND DATE '2022-04-30' GROUP BY status
				""")
			.param("team", team())
			.query((rs, n) -> byStatus.put(rs.getString("status"), rs.getLong("n")))
			.list();
		assertThat(byStatus).containsEntry("SUCCEEDED", 8L)
			.containsEntry("FAILED", 2L)
			.containsEntry("WITHDRAWN", 1L)
			.containsEntry("OPEN", 1L);
		// the open case under threat went to the police as a tip, and the tip links back
		java.util.Map<String, Object> escalated = this.jdbc.sql("""
				SELECT c.id, c.tip_id, t.category_code, t.status FROM mediation_case c JOIN tip t ON t.id = c.tip_id
				WHERE c.team_id = :team AND c.status = 'OPEN'
				AND c.received_on BETWEEN DATE '2021-01-01' AND DATE '2022-04-30'""")
			.param("team", team())
			.query()
			.singleRow();
		assertThat(escalated.get("category_code")).isIn("fight", "domestic-violence");
		assertThat(escalated.get("status")).isEqualTo("VERIFYING");
		assertThat(this.jdbc.sql("SELECT note FROM tip_timeline WHERE tip_id = :tip AND kind = 'LINKED'")
			.param("tip", escalated.get("tip_id"))
			.query(String.class)
			.list()).containsExactly("mediation:case:" + escalated.get("id"));
	}

	@Test
	void badInputGetsAClearMessageAndChangesNothing() throws Exception {
		long before = cases();
		this.mvc
			.perform(as("hoagiai", post("/api/v1/mediation/cases")).contentType(MediaType.APPLICATION_JSON)
				.content(caseJson("x".repeat(5000), today().minusDays(2), mediator(0))))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem("summary")));
		this.mvc
			.perform(as("hoagiai", post("/api/v1/mediation/cases")).contentType(MediaType.APPLICATION_JSON)
				.content(caseJson("Tranh chấp lối đi chung", today().minusDays(2), mediator(0), otherWardPerson())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("mediatorIds"))
			.andExpect(jsonPath("$.errors[0].code").value("mediation-mediator-not-in-team"))
			.andExpect(jsonPath("$.errors[0].message").isNotEmpty());
		this.mvc
			.perform(as("hoagiai", post("/api/v1/mediation/cases")).contentType(MediaType.APPLICATION_JSON)
				.content(caseJson("Đánh nhau gây thương tích", today().minusDays(2), mediator(0)).replace("NEIGHBOURS",
						"CRIME")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("mediation-matter-criminal"));
		assertThat(cases()).isEqualTo(before);
		long id = open("hoagiai", caseJson("Tranh chấp lối đi chung", today().minusDays(2), mediator(0)));
		long sessions = this.jdbc.sql("SELECT COUNT(*) FROM mediation_session").query(Long.class).single();
		this.mvc
			.perform(as("hoagiai", post("/api/v1/mediation/cases/{id}/sessions", id))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"heldOn": "%s", "place": "Nhà văn hóa", "attendees": "Hai bên"}"""
					.formatted(today().minusDays(3))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("heldOn"))
			.andExpect(jsonPath("$.errors[0].code").value("before-case"));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM mediation_session").query(Long.class).single())
			.isEqualTo(sessions);
	}

	@Test
	void aCaseRunsToASuccessfulAgreementAndThenRefusesChanges() throws Exception {
		long id = open("hoagiai",
				caseJson("Tranh chấp tường rào giữa hai hộ", today().minusDays(1), mediator(0), mediator(1)));
		this.mvc
			.perform(as("hoagiai", post("/api/v1/mediation/cases/{id}/sessions", id))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"heldOn": "%s", "place": "Nhà văn hóa tổ dân phố", "attendees": "Hai hộ, tổ trưởng"}"""
					.formatted(today())))
			.andExpect(status().isCreated());
		this.mvc
			.perform(as("hoagiai", post("/api/v1/mediation/cases/{id}/outcome", id))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"status": "SUCCEEDED", "closedOn": "%s", "agreement": {"grounds": "Các bên yêu cầu",
						 "parties": "Hộ ông Đỗ Văn T., hộ bà Lý Thị T.", "content": "Tường rào lấn 20 cm",
						 "course": "Một buổi tại nhà văn hóa", "solution": "Dời tường về mốc cũ",
						 "obligations": "Hộ ông T. chịu chi phí", "performance": "Trong 30 ngày", "signed": true}}"""
					.formatted(today())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUCCEEDED"));
		assertThat(this.jdbc.sql("SELECT solution FROM mediation_agreement WHERE case_id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("Dời tường về mốc cũ");
		assertThat(this.jdbc.sql("SELECT parties_encrypted FROM mediation_agreement WHERE case_id = :id")
			.param("id", id)
			.query(String.class)
			.single()).as("part b names the parties: sealed at rest").doesNotContain("Đỗ Văn").doesNotContain("Lý Thị");
		this.mvc
			.perform(as("hoagiai", post("/api/v1/mediation/cases/{id}/outcome", id))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"FAILED\", \"closedOn\": \"%s\"}".formatted(today())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("mediation-case-closed"));
	}

	@Test
	void contentIsConfidentialAndPartyReadsAreAudited() throws Exception {
		long id = open("hoagiai", caseJson("Tranh chấp tiền đặt cọc", today(), mediator(0)));
		this.mvc.perform(as("thongnhat", get("/api/v1/mediation/cases/{id}", id)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("not-found"));
		this.mvc.perform(as("thongnhat", get("/api/v1/mediation/cases/{id}/parties", id).param("purpose", "xem")))
			.andExpect(status().isNotFound());
		this.mvc.perform(as("khuvuc", get("/api/v1/mediation/cases/{id}", id))).andExpect(status().isNotFound());
		this.mvc.perform(as("vihoang", get("/api/v1/mediation/cases/{id}", id))).andExpect(status().isOk());
		String stored = this.jdbc.sql("SELECT name_encrypted FROM mediation_party WHERE case_id = :id AND position = 1")
			.param("id", id)
			.query(String.class)
			.single();
		assertThat(stored).doesNotContain("Thửnghiệm");
		long audits = this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE record_type = 'mediation-party'")
			.query(Long.class)
			.single();
		this.mvc.perform(as("hoagiai", get("/api/v1/mediation/cases/{id}/parties", id).param("purpose", "hòa giải")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(2))
			.andExpect(jsonPath("$.items[0].name").value("Đỗ Văn Thửnghiệm"));
		this.mvc
			.perform(as("hoagiai",
					get("/api/v1/mediation/cases/{id}/parties", id).param("purpose", "hòa giải")
						.param("page", "1")
						.param("size", "1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(2))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].name").value("Lý Thị Thửnghiệm"));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE record_type = 'mediation-party'")
			.query(Long.class)
			.single()).as("each page read is audited").isEqualTo(audits + 2);
	}

	@Test
	void anEscalationOpensATipAndBothRecordsLink() throws Exception {

		long id = open("hoagiai", caseJson("Mâu thuẫn lời qua tiếng lại, có lời đe dọa", today(), mediator(0)));
		String body = this.mvc
			.perform(as("hoagiai", post("/api/v1/mediation/cases/{id}/escalation", id))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"categoryCode\": \"fight\", \"description\": \"Có nguy cơ xô xát\", \"urgent\": true}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long tip = ((Number) JsonPath.read(body, "$.tipId")).longValue();
		this.mvc.perform(as("hoagiai", get("/api/v1/mediation/cases/{id}", id)))
			.andExpect(jsonPath("$.tipId").value(tip));
		assertThat(this.jdbc.sql("SELECT note FROM tip_timeline WHERE tip_id = :tip")
			.param("tip", tip)
			.query(String.class)
			.list()).anyMatch((note) -> note != null && note.contains("mediation:case:" + id));
		this.mvc
			.perform(as("hoagiai", post("/api/v1/mediation/cases/{id}/escalation", id))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"categoryCode\": \"fight\", \"description\": \"Lần nữa\", \"urgent\": false}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("mediation-already-escalated"));
	}

	@Test
	void onlyAnAgreementIsFollowedUpAndBadDatesChangeNothing() throws Exception {
		long id = open("hoagiai", caseJson("Tranh chấp mái hiên lấn sang nhà bên", today().minusDays(1), mediator(0)));
		this.mvc
			.perform(as("hoagiai", post("/api/v1/mediation/cases/{id}/follow-ups", id))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"checkedOn\": \"%s\", \"performance\": \"PERFORMED\"}".formatted(today())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("mediation-follow-up-without-agreement"));
		this.mvc
			.perform(as("hoagiai", post("/api/v1/mediation/cases/{id}/sessions", id))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"heldOn\": \"%s\", \"place\": \"Nhà văn hóa\", \"attendees\": \"Hai hộ\"}"
					.formatted(today())))
			.andExpect(status().isCreated());
		this.mvc
			.perform(as("hoagiai", post("/api/v1/mediation/cases/{id}/outcome", id))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"SUCCEEDED\", \"closedOn\": \"%s\"}".formatted(today())))
			.andExpect(status().isOk());
		long before = followUps();
		this.mvc
			.perform(as("hoagiai", post("/api/v1/mediation/cases/{id}/follow-ups", id))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"checkedOn\": \"%s\", \"performance\": \"PERFORMED\"}".formatted(today().minusDays(1))))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("checkedOn"))
			.andExpect(jsonPath("$.errors[0].code").value("before-outcome"))
			.andExpect(jsonPath("$.errors[0].message").value("Ngày theo dõi không được trước ngày hòa giải thành."));
		this.mvc
			.perform(as("hoagiai", post("/api/v1/mediation/cases/{id}/follow-ups", id))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"checkedOn\": \"%s\", \"performance\": \"SOMETIMES\"}".formatted(today())))
			.andExpect(status().isBadRequest());
		assertThat(followUps()).isEqualTo(before);
		this.mvc
			.perform(as("hoagiai", post("/api/v1/mediation/cases/{id}/follow-ups", id))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"checkedOn": "%s", "performance": "PARTLY_PERFORMED", "note": "Mới dỡ một nửa mái hiên"}"""
					.formatted(today())))
			.andExpect(status().isCreated());
		this.mvc.perform(as("hoagiai", get("/api/v1/mediation/cases/{id}/follow-ups", id)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].performance").value("PARTLY_PERFORMED"))
			.andExpect(jsonPath("$.items[0].note").value("Mới dỡ một nửa mái hiên"));

		this.mvc.perform(as("thongnhat", get("/api/v1/mediation/cases/{id}/follow-ups", id)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(as("thongnhat", post("/api/v1/mediation/cases/{id}/follow-ups", id))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"checkedOn\": \"%s\", \"performance\": \"PERFORMED\"}".formatted(today())))
			.andExpect(status().isNotFound());
		assertThat(followUps()).isEqualTo(before + 1);
	}

	long followUps() {
		return this.jdbc.sql("SELECT COUNT(*) FROM mediation_follow_up").query(Long.class).single();
	}

	private static MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.header(HttpHeaders.AUTHORIZATION, "Bearer demo-" + username);
	}

}

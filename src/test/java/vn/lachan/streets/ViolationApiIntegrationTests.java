package vn.lachan.streets;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.lachan.shared.DemoData;
import vn.lachan.territory.TerritoryCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Urban-order violations over the API: the catalogue in force on the violation's date,
 * the titles' ceilings, bad input that changes nothing, scope, repeat offenders, and the
 * figures of Vị Hoàng recomputed from the violation table.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ViolationApiIntegrationTests {

	private static final String OFFICER = "Bearer demo-vihoang";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TerritoryCatalog territory;

	@Test
	void theSameOffenceValidatesAgainstTheDecreeInForceOnItsDate() throws Exception {
		// street vending: NĐ 100/2019 100,000-200,000 đ until 2024, NĐ 168/2024
		// 200,000-250,000 đ from 2025
		long before = recorded("STREET_VENDING", "2024-12-30T02:00:00Z", "PERSON");
		long after = recorded("STREET_VENDING", "2025-01-02T02:00:00Z", "PERSON");
		record(before, "2024-12-30");
		record(after, "2025-01-02");
		decide(before, "COMMUNE_POLICE_CHIEF", 220_000, "2025-01-03").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("streets-fine-out-of-range"))
			.andExpect(jsonPath("$.detail", containsString("100.000")));
		decide(after, "COMMUNE_POLICE_CHIEF", 150_000, "2025-01-03").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("streets-fine-out-of-range"));
		decide(before, "COMMUNE_POLICE_CHIEF", 150_000, "2025-01-03").andExpect(status().isOk())
			.andExpect(jsonPath("$.step").value("DECIDED"));
		decide(after, "COMMUNE_POLICE_CHIEF", 220_000, "2025-01-03").andExpect(status().isOk())
			.andExpect(jsonPath("$.fine").value(220_000));
	}

	@Test
	void aTitleCannotDecideAboveItsCeiling() throws Exception {
		// a stall under NĐ 100/2019: 2-3 million; the commune police chief may fine up to
		// 1.5 million
		long stall = recorded("SIDEWALK_STALL", "2024-06-03T02:00:00Z", "PERSON");
		record(stall, "2024-06-03");
		decide(stall, "COMMUNE_POLICE_CHIEF", 2_500_000, "2024-06-05").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("streets-above-ceiling"));
		// under NĐ 168/2024 k.7 is outside the commune police's clauses
		long later = recorded("SIDEWALK_STALL", "2025-03-03T02:00:00Z", "PERSON");
		record(later, "2025-03-03");
		decide(later, "COMMUNE_POLICE_CHIEF", 2_000_000, "2025-03-05").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("streets-title-not-competent"));
		decide(later, "COMMUNE_CHAIR", 2_000_000, "2025-03-05").andExpect(status().isOk());
		assertThat(step(stall)).isEqualTo("VIOLATION_RECORD");
	}

	@Test
	void badInputGetsAClearMessageAndChangesNothing() throws Exception {
		long stall = recorded("SIDEWALK_STALL", "2022-03-07T02:00:00Z", "BUSINESS");
		record(stall, "2022-03-08");
		decide(stall, "COMMUNE_CHAIR", -5_000, "2022-03-09").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("fine"))
			.andExpect(jsonPath("$.errors[0].message").value("Số tiền phạt không được âm."));
		decide(stall, "COMMUNE_CHAIR", 4_000_000, "2022-03-07").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("decidedOn"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("Ngày quyết định không được trước ngày lập biên bản vi phạm hành chính."));
		assertThat(step(stall)).isEqualTo("VIOLATION_RECORD");
		long count = count();
		this.mvc
			.perform(as(OFFICER, post("/api/v1/streets/violations")).contentType(MediaType.APPLICATION_JSON)
				.content(json("SIDEWALK_STALL", "2022-03-07T02:00:00Z", "PERSON", "x".repeat(5000))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("summary")))
			.andExpect(jsonPath("$.errors[0].message").value("Mô tả tối đa 1.000 ký tự."));
		assertThat(count()).isEqualTo(count);
		// an illegal step is a problem detail
		this.mvc
			.perform(as(OFFICER, post("/api/v1/streets/violations/{id}/steps", stall))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"step\":\"ENFORCED\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("streets-illegal-step"));
	}

	@Test
	void anotherWardsOfficerGetsNotFound() throws Exception {
		long stall = recorded("SIGNBOARD", "2022-02-14T02:00:00Z", "BUSINESS");
		this.mvc.perform(as("Bearer demo-thongnhat", get("/api/v1/streets/violations/{id}", stall)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("not-found"));
		this.mvc
			.perform(as("Bearer demo-thongnhat", post("/api/v1/streets/violations/{id}/steps", stall))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"step\":\"REMINDED\"}"))
			.andExpect(status().isNotFound());
		assertThat(step(stall)).isEqualTo("DETECTED");
	}

	@Test
	void repeatOffendersAreFoundByAddressAndBusiness() throws Exception {
		String street = "Số 9" + UUID.randomUUID().toString().substring(0, 4) + " phố Hàng Sắt";
		String taxCode = "06" + (System.nanoTime() % 100_000_000);
		for (String at : new String[] { "2022-01-10T02:00:00Z", "2022-03-14T02:00:00Z" }) {
			this.mvc
				.perform(as(OFFICER, post("/api/v1/streets/violations")).contentType(MediaType.APPLICATION_JSON)
					.content(body("SIGNBOARD", at, "BUSINESS", street, taxCode)))
				.andExpect(status().isCreated());
		}
		// the same business at another address
		this.mvc
			.perform(as(OFFICER, post("/api/v1/streets/violations")).contentType(MediaType.APPLICATION_JSON)
				.content(body("AWNING", "2022-04-04T02:00:00Z", "BUSINESS", "Số 1 đường Trần Nhật Duật", taxCode)))
			.andExpect(status().isCreated());
		// every page of ten, in order: addresses first, then offenders, most violations
		// first
		java.util.List<Map<String, Object>> all = new java.util.ArrayList<>();
		int total;
		int page = 0;
		do {
			String body = this.mvc
				.perform(as(OFFICER, get("/api/v1/streets/repeat-offenders")).param("page", Integer.toString(page++))
					.param("size", "10"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			total = JsonPath.<Integer>read(body, "$.totalItems");
			all.addAll(JsonPath.<java.util.List<Map<String, Object>>>read(body, "$.items"));
		}
		while (page * 10 < total);
		assertThat(all).hasSize(total);
		assertThat(all.stream().filter((r) -> "ADDRESS".equals(r.get("kind")) && street.equals(r.get("label"))))
			.extracting((r) -> r.get("violations"))
			.containsExactly(2);
		assertThat(all.stream().filter((r) -> "BUSINESS".equals(r.get("kind")))).extracting((r) -> r.get("violations"))
			.contains(3);
		int firstOffender = (int) all.stream().takeWhile((r) -> "ADDRESS".equals(r.get("kind"))).count();
		assertThat(all.subList(firstOffender, all.size())).noneMatch((r) -> "ADDRESS".equals(r.get("kind")));

	}

	@Test
	void viHoangsFiguresShowTheArticles76ViolationsAndEqualTheViolationTable() throws Exception {
		long viHoang = this.territory.findUnitByCode("13639", DemoData.AS_OF).orElseThrow().id();
		Map<String, Object> table = this.jdbc
			.sql("""
					SELECT COUNT(*) AS total, COALESCE(SUM(CASE WHEN decided_on IS NOT NULL THEN fine_amount END), 0) AS decided,
					  COALESCE(SUM(CASE WHEN paid_on IS NOT NULL THEN fine_amount END), 0) AS paid
					FROM streets_violation WHERE unit_id = :unit AND occurred_on BETWEEN DATE '2021-01-01' AND DATE '2022-04-30'
					""")
			.param("unit", viHoang)
			.query()
			.singleRow();
		assertThat(((Number) table.get("total")).longValue()).isEqualTo(76);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> this.mvc
				.perform(as(OFFICER,
						get("/api/v1/statistics/streets").param("unit", Long.toString(viHoang))
							.param("from", "2021-01-01")
							.param("to", "2022-04-30")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.total").value(76))
				.andExpect(jsonPath("$.decided.amount").value(((Number) table.get("decided")).longValue()))
				.andExpect(jsonPath("$.paid.amount").value(((Number) table.get("paid")).longValue())));
		String figures = this.mvc
			.perform(as(OFFICER,
					get("/api/v1/statistics/streets").param("unit", Long.toString(viHoang))
						.param("from", "2021-01-01")
						.param("to", "2022-04-30")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (Map<String, Object> row : this.jdbc.sql("""
				SELECT type_code, COUNT(*) AS n FROM streets_violation WHERE unit_id = :unit
				  AND occurred_on BETWEEN DATE '2021-01-01' AND DATE '2022-04-30' GROUP BY type_code""")
			.param("unit", viHoang)
			.query()
			.listOfRows()) {
			assertThat(JsonPath.<Integer>read(figures, "$.byType." + row.get("type_code")).longValue())
				.isEqualTo(((Number) row.get("n")).longValue());
		}
		// every demo violation is handled: none is still open
		assertThat(JsonPath.<Map<String, Integer>>read(figures, "$.byStep").keySet())
			.allMatch((s) -> ViolationStep.valueOf(s).concluded());
	}

	private long recorded(String type, String at, String kind) throws Exception {
		String body = this.mvc
			.perform(as(OFFICER, post("/api/v1/streets/violations")).contentType(MediaType.APPLICATION_JSON)
				.content(json(type, at, kind, "Lấn chiếm vỉa hè")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.<Number>read(body, "$.id").longValue();
	}

	private void record(long id, String on) throws Exception {
		this.mvc
			.perform(as(OFFICER, post("/api/v1/streets/violations/{id}/steps", id))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"step\":\"VIOLATION_RECORD\",\"on\":\"" + on + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.decisionDue").isNotEmpty());
	}

	private org.springframework.test.web.servlet.ResultActions decide(long id, String title, long fine, String on)
			throws Exception {
		return this.mvc.perform(as(OFFICER, post("/api/v1/streets/violations/{id}/decision", id))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"titleCode\":\"" + title + "\",\"fine\":" + fine + ",\"decidedOn\":\"" + on + "\"}"));
	}

	private String step(long id) {
		return this.jdbc.sql("SELECT step FROM streets_violation WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	private long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM streets_violation").query(Long.class).single();
	}

	private String json(String type, String at, String kind, String summary) {
		return "{\"unitId\":" + viHoang() + ",\"typeCode\":\"" + type + "\",\"occurredAt\":\"" + at
				+ "\",\"address\":\"Số 12 phố Hàng Sắt\",\"offenderKind\":\"" + kind + "\",\"summary\":\"" + summary
				+ "\"}";
	}

	private String body(String type, String at, String kind, String address, String taxCode) {
		return "{\"unitId\":" + viHoang() + ",\"typeCode\":\"" + type + "\",\"occurredAt\":\"" + at
				+ "\",\"address\":\"" + address + "\",\"offenderKind\":\"" + kind
				+ "\",\"offenderName\":\"Hộ kinh doanh Thử Nghiệm\",\"offenderIdentifier\":\"" + taxCode + "\"}";
	}

	private long viHoang() {
		return this.territory.findUnitByCode("13639", DemoData.AS_OF).orElseThrow().id();
	}

	private static MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
		return request.header(HttpHeaders.AUTHORIZATION, token);
	}

}

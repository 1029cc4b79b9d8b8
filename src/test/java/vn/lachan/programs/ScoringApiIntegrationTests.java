package vn.lachan.programs;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.lachan.territory.TerritoryCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.lachan.programs.ProgramsFixtures.as;

/**
 * Ward scoring over the API: the set in force changes between 2021 (TT 23/2012) and 2022
 * (TT 124/2021); an approved scorecard is locked, a returned one is filled and submitted
 * again; only the committee decides; bad criteria sets are refused and change nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ScoringApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TerritoryCatalog territory;

	long viHoang;

	@BeforeEach
	void clean() {
		this.viHoang = ProgramsFixtures.unit(this.territory, "13639");
		ProgramsFixtures.removeScorecards(this.jdbc, this.viHoang, "an-toan-antt");
	}

	@Test
	void theSetInForceChangesBetweenPeriodsAndAnApprovedScorecardIsLockedWhileAReturnedOneIsNot() throws Exception {
		String old = open(2021);
		assertThat((Integer) JsonPath.read(old, "$.setVersion")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(old, "$.lines.length()")).isEqualTo(3);
		String current = open(2022);
		assertThat((Integer) JsonPath.read(current, "$.setVersion")).isEqualTo(2);
		assertThat((Integer) JsonPath.read(current, "$.lines.length()")).isEqualTo(5);
		// The platform's figure: teams of Vị Hoàng active at the end of 2021, counted
		// directly
		long teams = this.jdbc.sql("""
				SELECT COUNT(*) FROM forces_team WHERE unit_id = :unit AND founded_on <= DATE '2021-12-31'
				AND (ended_on IS NULL OR ended_on > DATE '2021-12-31')
				""").param("unit", this.viHoang).query(Long.class).single();
		assertThat(((Number) JsonPath.read(old, "$.lines[2].value")).longValue()).isEqualTo(teams);

		long oldId = ((Number) JsonPath.read(old, "$.id")).longValue();
		fill(oldId,
				"{\"values\":{\"antt-su-viec\":{\"value\":0,\"evidence\":\"Báo cáo năm 2021\"},"
						+ "\"antt-kdc-dat\":{\"value\":86,\"evidence\":\"6/7 tổ dân phố đạt\"}}}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.score").value(100))
			.andExpect(jsonPath("$.light").value("green"));
		this.mvc.perform(as("vihoang", post("/api/v1/scorecards/{id}/submit", oldId))).andExpect(status().isOk());
		this.mvc.perform(as("vihoang", post("/api/v1/scorecards/{id}/approve", oldId)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("programs-committee-only"));
		this.mvc.perform(as("committee", post("/api/v1/scorecards/{id}/approve", oldId)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"));
		fill(oldId, "{\"values\":{\"antt-kdc-dat\":{\"value\":10,\"evidence\":\"sửa sau phê duyệt\"}}}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("scorecard-locked"));
		this.mvc
			.perform(as("committee", post("/api/v1/scorecards/{id}/return", oldId))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"comment\":\"xem lại\"}"))
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(as("vihoang", get("/api/v1/scorecards/{id}", oldId)))
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.lines[1].value").value(86));

		long currentId = ((Number) JsonPath.read(current, "$.id")).longValue();
		fill(currentId,
				"{\"values\":{\"antt-su-viec\":{\"value\":0,\"evidence\":\"Báo cáo quý I/2022\"},"
						+ "\"antt-dang-ky\":{\"value\":100,\"evidence\":\"Bản đăng ký quý I\"},"
						+ "\"antt-kdc-dat\":{\"value\":50,\"evidence\":\"chưa đủ\"},"
						+ "\"antt-ky-luat\":{\"value\":0,\"evidence\":\"Không có\"}}}")
			.andExpect(status().isOk());
		this.mvc.perform(as("vihoang", post("/api/v1/scorecards/{id}/submit", currentId))).andExpect(status().isOk());
		this.mvc
			.perform(as("committee", post("/api/v1/scorecards/{id}/return", currentId))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"comment\":\"Tỷ lệ khu dân cư đạt chuẩn cần minh chứng\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"))
			.andExpect(jsonPath("$.comment").value("Tỷ lệ khu dân cư đạt chuẩn cần minh chứng"));
		fill(currentId, "{\"values\":{\"antt-kdc-dat\":{\"value\":71,\"evidence\":\"Quyết định công nhận 5/7 tổ\"}}}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lines[2].value").value(71))
			.andExpect(jsonPath("$.lines[2].met").value(true));
		this.mvc.perform(as("vihoang", post("/api/v1/scorecards/{id}/submit", currentId)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		this.mvc.perform(as("thongnhat", get("/api/v1/scorecards/{id}", currentId))).andExpect(status().isNotFound());
	}

	@Test
	void aWeightOutsideZeroToHundredOrAThresholdOnAMissingIndicatorIsRefusedAndChangesNothing() throws Exception {
		long sets = ProgramsFixtures.count(this.jdbc, "programs_criteria_set");
		long criteria = ProgramsFixtures.count(this.jdbc, "programs_criterion");
		this.mvc
			.perform(as("committee", post("/api/v1/criteria-sets")).contentType(MediaType.APPLICATION_JSON)
				.content(set("thu-nghiem", 101, null)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("criteria[0].weight"))
			.andExpect(jsonPath("$.errors[0].message").value("Trọng số phải từ 0 đến 100."));
		this.mvc
			.perform(as("committee", post("/api/v1/criteria-sets")).contentType(MediaType.APPLICATION_JSON)
				.content(set("thu-nghiem", -1, null)))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(as("committee", post("/api/v1/criteria-sets")).contentType(MediaType.APPLICATION_JSON)
				.content(set("thu-nghiem", 50, "\"camera-count\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("criteria[0].indicator"))
			.andExpect(
					jsonPath("$.errors[0].message").value("Chỉ số này không có trong danh mục số liệu của nền tảng."));
		this.mvc
			.perform(as("vihoang", post("/api/v1/criteria-sets")).contentType(MediaType.APPLICATION_JSON)
				.content(set("thu-nghiem", 50, null)))
			.andExpect(status().isUnprocessableContent());
		assertThat(ProgramsFixtures.count(this.jdbc, "programs_criteria_set")).isEqualTo(sets);
		assertThat(ProgramsFixtures.count(this.jdbc, "programs_criterion")).isEqualTo(criteria);
	}

	@Test
	void theTwoModelWardsLeadTheUrbanOrderTableRecognisedAsTheArticleSays() throws Exception {
		this.mvc
			.perform(as("committee", get("/api/v1/league")).param("setCode", "phuong-dien-hinh-ttdt")
				.param("period", "2021"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(2))
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.items[*].unit", hasItem("Phường Thống Nhất")))
			.andExpect(jsonPath("$.items[*].unit", hasItem("Phường Vị Hoàng")))
			.andExpect(jsonPath("$.items[0].light").value("green"))
			.andExpect(jsonPath("$.items[1].light").value("green"))
			.andExpect(jsonPath("$.items[0].status").value("APPROVED"))
			.andExpect(jsonPath("$.items[0].recognisedOn").value("2022-03-30"));
		// the second of pages of one: the same total, one card, ranked after the first
		this.mvc
			.perform(as("committee", get("/api/v1/league")).param("setCode", "phuong-dien-hinh-ttdt")
				.param("period", "2021")
				.param("page", "1")
				.param("size", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(2))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.items.length()").value(1));
	}

	private String open(int period) throws Exception {
		return this.mvc
			.perform(as("vihoang", post("/api/v1/scorecards")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"setCode\":\"an-toan-antt\",\"period\":" + period + "}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private org.springframework.test.web.servlet.ResultActions fill(long id, String json) throws Exception {
		return this.mvc
			.perform(as("vihoang", put("/api/v1/scorecards/{id}/values", id)).contentType(MediaType.APPLICATION_JSON)
				.content(json));
	}

	private static String set(String code, int weight, String indicator) {
		return """
				{"code":"%s","name":"Bộ thử","source":"Thử","validFrom":"2023-01-01","criteria":[
				 {"code":"c1","name":"Tiêu chí","weight":%d,"indicator":%s,"comparison":"AT_LEAST","threshold":1}]}
				""".formatted(code, weight, indicator);
	}

}

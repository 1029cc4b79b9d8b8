package vn.lachan.shared.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.lachan.shared.DemoData;
import vn.lachan.territory.TerritoryCatalog;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every {@code /api} error is {@code application/problem+json} with a stable code, field
 * errors where relevant, and no stack trace.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProblemDetailsIntegrationTests {

	private static final String VI_HOANG_OFFICER = "Bearer demo-vihoang";

	@Autowired
	MockMvc mvc;

	@Autowired
	TerritoryCatalog territory;

	@Test
	void badInputAnswers400WithFieldErrors() throws Exception {
		long viHoang = viHoangId();
		this.mvc
			.perform(post("/api/v1/places").header(HttpHeaders.AUTHORIZATION, VI_HOANG_OFFICER)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"unitId\": " + viHoang + ", \"name\": \"\", \"latitude\": 91}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("validation"))
			.andExpect(jsonPath("$.errors[*].field", hasItem("name")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("kind")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("latitude")))
			.andExpect(jsonPath("$.trace").doesNotExist());
	}

	@Test
	void malformedJsonAnswers400() throws Exception {
		this.mvc
			.perform(post("/api/v1/places").header(HttpHeaders.AUTHORIZATION, VI_HOANG_OFFICER)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{not json"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("bad-request"))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void noCredentialsAnswers401() throws Exception {
		this.mvc.perform(get("/api/v1/places"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("unauthorized"))
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void unknownTokenAnswers401() throws Exception {
		this.mvc.perform(get("/api/v1/places").header(HttpHeaders.AUTHORIZATION, "Bearer lc_no-such-token"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("invalid-token"));
	}

	@Test
	void wrongRoleAnswers403() throws Exception {
		this.mvc.perform(get("/api/v1/accounts").header(HttpHeaders.AUTHORIZATION, VI_HOANG_OFFICER))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("forbidden"));
	}

	@Test
	void writingOutsideOneRoleAnswers403() throws Exception {
		long viHoang = viHoangId();
		this.mvc
			.perform(post("/api/v1/places").header(HttpHeaders.AUTHORIZATION, "Bearer demo-khuvuc")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"unitId\": " + viHoang + ", \"name\": \"Điểm thử " + UUID.randomUUID()
						+ "\", \"kind\": \"OTHER\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("forbidden"));
	}

	@Test
	void unknownRouteAnswers404() throws Exception {
		this.mvc.perform(get("/api/v1/nope").header(HttpHeaders.AUTHORIZATION, VI_HOANG_OFFICER))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("not-found"))
			.andExpect(jsonPath("$.type").value(Problems.TYPE_BASE + "not-found"));
	}

	@Test
	void unknownRecordAnswers404() throws Exception {
		this.mvc.perform(get("/api/v1/places/987654321").header(HttpHeaders.AUTHORIZATION, VI_HOANG_OFFICER))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("not-found"));
	}

	@Test
	void wrongMethodAnswers405() throws Exception {
		this.mvc.perform(delete("/api/v1/admin-units").header(HttpHeaders.AUTHORIZATION, VI_HOANG_OFFICER))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("method-not-allowed"));
	}

	@Test
	void duplicateAnswers409() throws Exception {
		long viHoang = viHoangId();
		String body = "{\"unitId\": " + viHoang + ", \"name\": \"Điểm trùng " + UUID.randomUUID()
				+ "\", \"kind\": \"OTHER\"}";
		this.mvc
			.perform(post("/api/v1/places").header(HttpHeaders.AUTHORIZATION, VI_HOANG_OFFICER)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(header().exists(HttpHeaders.LOCATION));
		this.mvc
			.perform(post("/api/v1/places").header(HttpHeaders.AUTHORIZATION, VI_HOANG_OFFICER)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("territory.place-exists"));
	}

	@Test
	void problemsSpeakTheRequestedLanguage() throws Exception {
		this.mvc.perform(get("/api/v1/nope").header(HttpHeaders.AUTHORIZATION, VI_HOANG_OFFICER).param("lang", "en"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("Not found"));
		this.mvc.perform(get("/api/v1/nope").header(HttpHeaders.AUTHORIZATION, VI_HOANG_OFFICER))
			.andExpect(jsonPath("$.title").value("Không tìm thấy"));
	}

	private long viHoangId() {
		return this.territory.findUnitByCode("13639", DemoData.AS_OF).orElseThrow().id();
	}

}

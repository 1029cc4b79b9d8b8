package vn.lachan.shared.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.lachan.shared.UnavailableException;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Failures that no request can provoke on purpose, mapped for the API and for pages: a
 * busy platform answers 503 with {@code Retry-After}; a record changed meanwhile answers
 * 409 with a page that says so, not a 500.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ ErrorMappingIntegrationTests.FailingApi.class, ErrorMappingIntegrationTests.FailingPage.class })
class ErrorMappingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aBusyApiAnswers503WithRetryAfter() throws Exception {
		this.mvc.perform(get("/api/v1/test-failures/busy").header(HttpHeaders.AUTHORIZATION, "Bearer demo-vihoang"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string(HttpHeaders.RETRY_AFTER, "5"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("busy"))
			.andExpect(jsonPath("$.detail").value(containsString("gửi lại")));
	}

	@Test
	void aPageWhoseRecordChangedMeanwhileAnswers409() throws Exception {
		this.mvc.perform(get("/console/test-failures/changed").with(user("vihoang").roles("WARD_OFFICER")))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("vừa được người khác thay đổi")));
	}

	@Test
	void aBusyPageAnswers503WithTheReason() throws Exception {
		this.mvc.perform(get("/console/test-failures/busy").with(user("vihoang").roles("WARD_OFFICER")))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().string(containsString("Hệ thống đang bận")));
	}

	@RestController
	static class FailingApi {

		@GetMapping("/api/v1/test-failures/busy")
		String busy() {
			throw new UnavailableException("busy", "Busy");
		}

	}

	@Controller
	static class FailingPage {

		@GetMapping("/console/test-failures/changed")
		String changed() {
			throw new OptimisticLockingFailureException("changed");
		}

		@GetMapping("/console/test-failures/busy")
		String busy() {
			throw new UnavailableException("busy", "Busy");
		}

	}

}

package vn.lachan.community;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.lachan.shared.DemoData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Acceptance 5: an unknown target, a broadcast without text, a text too long for one SMS,
 * a webhook address that is not https: the API answers 400 with the field and a
 * Vietnamese message, the page shows its form again with the message, and nothing is
 * written or sent.
 */
class CommunityBadInputIntegrationTests extends CommunityTestSupport {

	private static final String OFFICER = "Bearer demo-vihoang";

	@Autowired
	MockMvc mvc;

	@Test
	void badBroadcastsAnswerFieldProblemsInVietnameseAndSendNothing() throws Exception {
		long group = group("13639", "Nhóm nhập sai thử");
		long other = group("13681", "Nhóm phường khác thử");
		long broadcasts = count("community_broadcast");
		long deliveries = count("community_delivery");
		broadcast(body(group, "BOARD", "EMAIL").replace("\"Đề nghị bà con cảnh giác.\"", "\"  \""), "body",
				"Nhập nội dung thông báo.");
		broadcast(body(other, "EMAIL"), "targets", "Không tìm thấy nơi nhận thông báo này");
		broadcast(body(987_654_321L, "EMAIL"), "targets", "Không tìm thấy nơi nhận thông báo này");
		broadcast(
				body(group, "SMS").replace("Đề nghị bà con cảnh giác.",
						"Đề nghị bà con cảnh giác với các cuộc gọi tự xưng công an, yêu cầu chuyển tiền."),
				"body", "tối đa 70 ký tự");
		broadcast(body(group, "SMS").replace("Đề nghị bà con cảnh giác.", "A".repeat(161)), "body", "tối đa 160 ký tự");
		assertThat(count("community_broadcast")).isEqualTo(broadcasts);
		assertThat(count("community_delivery")).isEqualTo(deliveries);

		this.mvc
			.perform(post("/api/v1/community/broadcasts").header(HttpHeaders.AUTHORIZATION, OFFICER)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(group, "SMS").replace("Đề nghị bà con cảnh giác.", "Mat dien luc 14h.")))
			.andExpect(status().isCreated());
		assertThat(count("community_broadcast")).isEqualTo(broadcasts + 1);
	}

	@Test
	void aWebhookAddressMustBeHttpsOutsideLoopbackDevelopment() throws Exception {
		for (String url : new String[] { "http://sms.example.vn/hook", "ftp://sms.example.vn/hook",
				"khong-phai-url" }) {
			this.mvc
				.perform(put("/api/v1/community/gateways").header(HttpHeaders.AUTHORIZATION, OFFICER)
					.contentType(MediaType.APPLICATION_JSON)
					.content("""
							{"unitId": %d, "channel": "ZALO", "url": "%s", "secret": "bi-mat-du-dai-16-ky-tu"}"""
						.formatted(unit("13639"), url)))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[0].field").value("url"));
		}
		this.mvc
			.perform(put("/api/v1/community/gateways").header(HttpHeaders.AUTHORIZATION, OFFICER)
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"unitId": %d, "channel": "ZALO", "url": "https://zalo-oa.example.vn/hook", "secret": "bi-mat-du-dai-16-ky-tu"}"""
							.formatted(unit("13639"))))
			.andExpect(status().isNoContent());
	}

	@Test
	void theComposePageShowsItsFormAgainWithTheMessages() throws Exception {
		long group = group("13639", "Nhóm trang soạn thử");
		Cookie session = this.mvc.perform(formLogin().user("vihoang").password(DemoData.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		long broadcasts = count("community_broadcast");
		this.mvc
			.perform(post("/console/community/broadcasts").cookie(session)
				.with(csrf())
				.param("priority", "WARNING")
				.param("title", "Cảnh báo")
				.param("body", "")
				.param("channels", "BOARD")
				.param("groupIds", String.valueOf(group)))
			.andExpect(status().isOk())
			.andExpect(view().name("community/compose"))
			.andExpect(content().string(containsString("Nhập nội dung thông báo.")));
		this.mvc
			.perform(post("/console/community/broadcasts").cookie(session)
				.with(csrf())
				.param("priority", "WARNING")
				.param("title", "Cảnh báo")
				.param("body", "Nội dung")
				.param("channels", "BOARD"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chọn nơi nhận thông báo.")));
		assertThat(count("community_broadcast")).isEqualTo(broadcasts);
	}

	private void broadcast(String json, String field, String message) throws Exception {
		this.mvc
			.perform(post("/api/v1/community/broadcasts").header(HttpHeaders.AUTHORIZATION, OFFICER)
				.header(HttpHeaders.ACCEPT_LANGUAGE, "vi")
				.contentType(MediaType.APPLICATION_JSON)
				.content(json))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].message").value(containsString(message)));
	}

	private static String body(long group, String... channels) {
		return """
				{"priority": "WARNING", "title": "Cảnh báo lừa đảo", "body": "Đề nghị bà con cảnh giác.",
				 "channels": [%s], "targets": [{"kind": "GROUP", "id": %d}]}""".formatted(
				String.join(", ", java.util.Arrays.stream(channels).map((c) -> "\"" + c + "\"").toList()), group);
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

}

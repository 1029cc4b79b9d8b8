package vn.lachan.residence;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Ward staff change an accommodation through the API: the change names the version it was
 * made from, bad input and a stale version change nothing, and another ward's
 * accommodation answers 404.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccommodationApiIntegrationTests {

	static final String MY_XA = "Bearer demo-myxa";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper json;

	@Test
	void changesAreVersionedValidatedAndScoped() throws Exception {
		long myXa = this.jdbc.sql("SELECT unit_id FROM account WHERE username = 'myxa'").query(Long.class).single();
		String name = "Nhà trọ Lộc Hạ " + UUID.randomUUID().toString().substring(0, 8);
		String created = this.mvc
			.perform(post("/api/v1/accommodations").header(HttpHeaders.AUTHORIZATION, MY_XA)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\": \"BOARDING_HOUSE\", \"name\": \"" + name
						+ "\", \"address\": \"Số 5 ngõ 10 Lộc Hạ\", \"unitId\": " + myXa
						+ ", \"rooms\": 6, \"beds\": 10}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(0))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = this.json.readTree(created).get("id").asLong();

		this.mvc
			.perform(put("/api/v1/accommodations/" + id).header(HttpHeaders.AUTHORIZATION, MY_XA)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 0, \"kind\": \"BOARDING_HOUSE\", \"name\": \"\", \"address\": \"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		this.mvc
			.perform(put("/api/v1/accommodations/" + id).header(HttpHeaders.AUTHORIZATION, MY_XA)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\": \"BOARDING_HOUSE\", \"name\": \"Không có phiên bản\", \"address\": \"x\"}"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(put("/api/v1/accommodations/" + id).header(HttpHeaders.AUTHORIZATION, "Bearer demo-vihoang")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 0, \"kind\": \"HOTEL\", \"name\": \"Trái phạm vi\", \"address\": \"x\"}"))
			.andExpect(status().isNotFound());
		assertThat(nameOf(id)).isEqualTo(name);

		this.mvc
			.perform(put("/api/v1/accommodations/" + id).header(HttpHeaders.AUTHORIZATION, MY_XA)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 0, \"kind\": \"HOTEL\", \"name\": \"" + name
						+ " (khách sạn)\", \"address\": \"Số 5 ngõ 10 Lộc Hạ\", \"rooms\": 20, \"beds\": 30}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("HOTEL"))
			.andExpect(jsonPath("$.rooms").value(20))
			.andExpect(jsonPath("$.unitId").value(myXa))
			.andExpect(jsonPath("$.version").value(1));
		this.mvc
			.perform(put("/api/v1/accommodations/" + id).header(HttpHeaders.AUTHORIZATION, MY_XA)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 0, \"kind\": \"HOTEL\", \"name\": \"Bản cũ\", \"address\": \"x\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.status").value(409));
		assertThat(nameOf(id)).isEqualTo(name + " (khách sạn)");
	}

	private String nameOf(long id) {
		return this.jdbc.sql("SELECT name FROM accommodation WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

}

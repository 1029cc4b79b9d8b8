package vn.lachan.cameras;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
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

import vn.lachan.access.AccessCatalog;
import vn.lachan.shared.DemoData;
import vn.lachan.territory.TerritoryCatalog;
import vn.lachan.tips.TipsCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The registry over the API: the article's figures recomputed from the camera table, the
 * bad-input rules (nothing stored), scope, and suggestions that pick exactly the cameras
 * whose cone holds the tip's point and whose retention holds its time.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CamerasApiIntegrationTests {

	/** A point of Thống Nhất far from the demo cameras' roads. */
	static final double LAT = 20.4205;

	static final double LON = 106.1605;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TerritoryCatalog territory;

	@Autowired
	AccessCatalog accounts;

	@Autowired
	TipsCatalog tips;

	CameraFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new CameraFixtures(this.territory, this.accounts, this.tips);
	}

	@Test
	void thongNhatHas69PublicAnd314PrivateCamerasOnTheArticlesDay() throws Exception {
		long ward = this.fixtures.thongNhat();
		LocalDate on = DemoData.AS_OF;
		long publicInTable = count(ward, on, "ownership = 'PUBLIC'");
		long privateInTable = count(ward, on, "ownership <> 'PUBLIC'");
		assertThat(publicInTable).isEqualTo(69);
		assertThat(privateInTable).isEqualTo(314);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> this.mvc
				.perform(as("thongnhat",
						get("/api/v1/statistics/cameras").param("unit", Long.toString(ward))
							.param("on", on.toString())))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.publicCameras").value(publicInTable))
				.andExpect(jsonPath("$.privateCameras").value(privateInTable)));
		assertThat(this.jdbc
			.sql("SELECT COUNT(*) FROM cameras_camera WHERE unit_id = :w AND consent_withdrawn_at IS NOT NULL")
			.param("w", ward)
			.query(Long.class)
			.single()).isPositive();
	}

	private long count(long ward, LocalDate on, String condition) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM cameras_camera WHERE unit_id = :w AND confirmed_at IS NOT NULL"
					+ " AND installed_on <= :on AND (removed_on IS NULL OR removed_on > :on) AND " + condition)
			.param("w", ward)
			.param("on", on)
			.query(Long.class)
			.single();
	}

	@Test
	void badCameraInputIsRejectedWithAClearMessageAndNothingStored() throws Exception {
		long ward = this.fixtures.thongNhat();
		long before = cameras();
		reject(CameraFixtures.camera(ward, "PUBLIC", 20.43, 106.17, 361, 90, 50, 30, null, null), "bearing");
		reject(CameraFixtures.camera(ward, "PUBLIC", 20.43, 106.17, -1, 90, 50, 30, null, null), "bearing");
		reject(CameraFixtures.camera(ward, "PUBLIC", 20.43, 106.17, 10, 0, 50, 30, null, null), "fieldOfView");
		reject(CameraFixtures.camera(ward, "PUBLIC", 20.43, 106.17, 10, 361, 50, 30, null, null), "fieldOfView");
		reject(CameraFixtures.camera(ward, "PUBLIC", 20.43, 106.17, 10, 90, 0, 30, null, null), "rangeMetres");
		reject(CameraFixtures.camera(ward, "PUBLIC", 20.43, 106.17, 10, 90, 501, 30, null, null), "rangeMetres");
		reject(CameraFixtures.camera(ward, "PUBLIC", 35.68, 139.76, 10, 90, 50, 30, null, null), "latitude");
		reject(CameraFixtures.camera(ward, "PUBLIC", 20.43, 106.17, 10, 90, 50, 0, null, null), "retentionDays");
		reject(CameraFixtures.camera(ward, "HOUSEHOLD", 20.43, 106.17, 10, 90, 50, 7, "", null), "ownerName");
		assertThat(cameras()).isEqualTo(before);
	}

	private void reject(String body, String field) throws Exception {
		this.mvc.perform(as("thongnhat", post("/api/v1/cameras")).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
	}

	private long cameras() {
		return this.jdbc.sql("SELECT COUNT(*) FROM cameras_camera").query(Long.class).single()
				+ this.jdbc.sql("SELECT COUNT(*) FROM cameras_owner").query(Long.class).single();
	}

	@Test
	void suggestionsPickExactlyTheCamerasThatSawThePointAndStillKeepTheTime() throws Exception {
		long ward = this.fixtures.thongNhat();
		Instant occurred = Instant.now().minus(3, ChronoUnit.DAYS);
		long tip = this.fixtures.tip(LAT, LON, occurred);
		double south = LAT - CameraFixtures.north(30);
		long keeps = create(
				CameraFixtures.camera(ward, "BUSINESS", south, LON, 0, 60, 50, 7, "Cửa hàng Hải Yến", null));
		long tooShort = create(
				CameraFixtures.camera(ward, "HOUSEHOLD", south, LON, 0, 60, 50, 2, "Trần Văn Bình", null));
		long looksAway = create(
				CameraFixtures.camera(ward, "HOUSEHOLD", south, LON, 180, 60, 50, 30, "Lê Thị Hoa", null));
		long tooNear = create(
				CameraFixtures.camera(ward, "AGENCY", south, LON, 0, 60, 20, 30, "Trường Mầm non Hoa Sen", null));
		long withdrawn = create(
				CameraFixtures.camera(ward, "HOUSEHOLD", south, LON, 0, 60, 50, 30, "Phạm Văn Đức", null));
		long wards = create(CameraFixtures.camera(ward, "PUBLIC", LAT, LON + 0.0003, 270, 90, 60, 30, null, null));
		this.mvc.perform(as("thongnhat", post("/api/v1/cameras/{id}/consent-withdrawal", withdrawn)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.footageRequestsAllowed").value(false));
		String json = this.mvc.perform(as("thongnhat", get("/api/v1/tips/{id}/camera-suggestions", tip)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((Integer) JsonPath.read(json, "$.totalItems")).isEqualTo(2);
		List<Integer> ids = JsonPath.read(json, "$.items[*].camera.id");
		assertThat(ids).containsExactlyInAnyOrder((int) keeps, (int) wards);
		assertThat(List.of(tooShort, looksAway, tooNear, withdrawn)).doesNotContain((long) ids.get(0),
				(long) ids.get(1));
		List<Boolean> requestable = JsonPath.read(json, "$.items[?(@.camera.id == " + wards + ")].requestable");
		assertThat(requestable).containsExactly(false);
	}

	@Test
	void aWindowOverTwelveHoursIsRefusedAndNothingSent() throws Exception {
		long ward = this.fixtures.thongNhat();
		Instant occurred = Instant.now().minus(5, ChronoUnit.HOURS);
		long tip = this.fixtures.tip(LAT + 0.002, LON, occurred);
		long camera = create(CameraFixtures.camera(ward, "BUSINESS", LAT + 0.002 - CameraFixtures.north(20), LON, 0, 60,
				40, 10, "Nhà thuốc Minh Châu", null));
		long before = this.jdbc.sql("SELECT COUNT(*) FROM cameras_footage_request").query(Long.class).single();
		this.mvc
			.perform(as("thongnhat", post("/api/v1/tips/{id}/footage-requests", tip))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"cameraIds\":[" + camera + "],\"windowFrom\":\"" + occurred.minus(12, ChronoUnit.HOURS)
						+ "\",\"windowTo\":\"" + occurred.plusSeconds(60) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("windowTo")));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM cameras_footage_request").query(Long.class).single())
			.isEqualTo(before);
		String sent = this.mvc
			.perform(as("thongnhat", post("/api/v1/tips/{id}/footage-requests", tip))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"cameraIds\":[" + camera + "],\"windowFrom\":\"" + occurred.minus(1, ChronoUnit.HOURS)
						+ "\",\"windowTo\":\"" + occurred.plus(1, ChronoUnit.HOURS) + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long request = ((Number) JsonPath.read(sent, "$[0].requestId")).longValue();
		String token = JsonPath.read(sent, "$[0].token");
		this.mvc.perform(get("/api/v1/public/footage-requests/{token}", token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.categoryCode").value("theft"))
			.andExpect(jsonPath("$.place").value("Ngõ 12 đường Lê Đức Thọ, phường Thống Nhất"))
			.andExpect(jsonPath("$.description").doesNotExist())
			.andExpect(jsonPath("$.reporter").doesNotExist());
		Instant expires = Instant
			.parse(JsonPath.read(this.mvc.perform(as("thongnhat", get("/api/v1/footage-requests/{id}", request)))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.expiresAt"));
		assertThat(expires).as("expires before the recording of the window's start is gone")
			.isBefore(occurred.minus(1, ChronoUnit.HOURS).plus(10, ChronoUnit.DAYS));
		this.mvc
			.perform(post("/api/v1/public/footage-requests/{token}/answer", token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"answer\":\"DECLINE\"}"))
			.andExpect(status().isNoContent());
		this.mvc.perform(as("thongnhat", get("/api/v1/tips/{id}/footage-requests", tip)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].status").value("DECLINED"))
			.andExpect(jsonPath("$.items[0].cameraId").doesNotExist())
			.andExpect(jsonPath("$.items[0].cameraLabel").doesNotExist());
		this.mvc.perform(as("thongnhat", get("/api/v1/tips/{id}/footage-requests", tip)).param("page", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items.length()").value(0));
		this.mvc.perform(as("vihoang", get("/api/v1/tips/{id}/footage-requests", tip)))
			.andExpect(status().isNotFound());

		this.mvc
			.perform(post("/api/v1/public/footage-requests/{token}/answer", token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"answer\":\"PROVIDE\",\"method\":\"UPLOAD\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("footage-request-answered"));
		// scope: another ward's officer sees neither the camera nor the request
		this.mvc.perform(as("vihoang", get("/api/v1/cameras/{id}", camera))).andExpect(status().isNotFound());
		this.mvc.perform(as("vihoang", get("/api/v1/footage-requests/{id}", request))).andExpect(status().isNotFound());
		this.mvc.perform(as("vihoang", get("/api/v1/tips/{id}/camera-suggestions", tip)))
			.andExpect(status().isNotFound());
		this.mvc.perform(as("thongnhat", get("/api/v1/cameras/{id}", camera))).andExpect(status().isOk());
	}

	long create(String body) throws Exception {
		String json = this.mvc
			.perform(as("thongnhat", post("/api/v1/cameras")).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	static MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.header(HttpHeaders.AUTHORIZATION, "Bearer demo-" + username);
	}

}

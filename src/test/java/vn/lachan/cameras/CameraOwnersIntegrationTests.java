package vn.lachan.cameras;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.lachan.shared.DemoData;
import vn.lachan.territory.TerritoryCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Owners without an account: a registration answers a private link that opens that
 * owner's cameras only; after withdrawal the link is refused and nothing is stored. The
 * open data: GeoJSON per RFC 7946 of public cameras, private ones only counted per group,
 * never with owner data.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CameraOwnersIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TerritoryCatalog territory;

	long thongNhat() {
		return this.territory.findUnitByCode("13681", DemoData.AS_OF).orElseThrow().id();
	}

	String register(String name, double latitude) throws Exception {
		String camera = CameraFixtures.camera(thongNhat(), "HOUSEHOLD", latitude, 106.1660, 90, 60, 20, 7, name, null);
		String body = "{\"unitId\":" + thongNhat() + ",\"ownerKind\":\"PERSON\",\"ownerName\":\"" + name
				+ "\",\"ownerContact\":\"0913 222 111\",\"cameras\":[" + camera + "]}";
		String json = this.mvc
			.perform(post("/api/v1/public/camera-owners").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(json, "$.linkToken");
	}

	@Test
	void anOwnersLinkOpensOnlyThatOwnersCamerasAndIsRefusedAfterWithdrawal() throws Exception {
		String first = register("Đỗ Thị Thu", 20.4270);
		String second = register("Vũ Văn Khải", 20.4272);
		this.mvc.perform(get("/api/v1/public/camera-owners/{token}", first))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Đỗ Thị Thu"))
			.andExpect(jsonPath("$.cameras", hasSize(1)))
			.andExpect(jsonPath("$.cameras[0].label").value("Camera thử hộ dân"))
			.andExpect(jsonPath("$.cameras[0].confirmed").value(false));
		long secondCamera = ((Number) JsonPath
			.read(this.mvc.perform(get("/api/v1/public/camera-owners/{token}", second))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.cameras[0].id"))
			.longValue();
		assertThat(this.jdbc.sql("SELECT name_enc FROM cameras_owner ORDER BY id DESC LIMIT 1")
			.query(String.class)
			.single()).doesNotContain("Vũ Văn Khải");
		this.mvc.perform(get("/cameras/owner/{token}", first))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Đỗ Thị Thu")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Vũ Văn Khải"))))
			.andExpect(content().string(org.hamcrest.Matchers
				.not(org.hamcrest.Matchers.containsString("data-camera-id=\"" + secondCamera + "\""))));
		this.mvc.perform(get("/api/v1/public/camera-owners/{token}", "not-a-link")).andExpect(status().isNotFound());

		this.mvc.perform(post("/api/v1/public/camera-owners/{token}/withdrawal", first))
			.andExpect(status().isNoContent());
		Map<String, Object> before = this.jdbc.sql("SELECT COUNT(*) AS n, MAX(version) AS v FROM cameras_owner")
			.query()
			.singleRow();
		this.mvc.perform(post("/api/v1/public/camera-owners/{token}/withdrawal", first))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("owner-link-withdrawn"));
		this.mvc.perform(get("/api/v1/public/camera-owners/{token}", first))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("owner-link-withdrawn"));
		this.mvc.perform(get("/cameras/owner/{token}", first))
			.andExpect(status().isGone())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("không còn dùng được")));
		assertThat(this.jdbc.sql("SELECT COUNT(*) AS n, MAX(version) AS v FROM cameras_owner").query().singleRow())
			.isEqualTo(before);
		this.mvc.perform(get("/api/v1/public/camera-owners/{token}", second))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cameras[*].footageRequestsAllowed", everyItem(is(true))));
	}

	@Test
	void anOwnersRegistrationWithBadInputStoresNothing() throws Exception {
		long before = this.jdbc.sql("SELECT COUNT(*) FROM cameras_owner").query(Long.class).single();
		String camera = CameraFixtures.camera(thongNhat(), "HOUSEHOLD", 20.4270, 106.1660, 400, 60, 20, 7, "x", null);
		this.mvc
			.perform(post("/api/v1/public/camera-owners").contentType(MediaType.APPLICATION_JSON)
				.content("{\"unitId\":" + thongNhat() + ",\"ownerKind\":\"PERSON\",\"ownerName\":\"Ngô Văn Tài\","
						+ "\"cameras\":[" + camera + "]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItem("bearing")));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM cameras_owner").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void theRegistrationPageReShowsBadInputAndGivesThePrivateLinkOnce() throws Exception {
		this.mvc.perform(get("/cameras/register")).andExpect(status().isOk());
		long before = this.jdbc.sql("SELECT COUNT(*) FROM cameras_owner").query(Long.class).single();
		java.util.function.Function<String, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder> form = (
				bearing) -> post("/cameras/register")
					.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
						.csrf())
					.param("unitId", Long.toString(thongNhat()))
					.param("ownerKind", "PERSON")
					.param("ownerName", "Trịnh Thị Lụa")
					.param("ownership", "HOUSEHOLD")
					.param("label", "Camera cổng nhà")
					.param("address", "Số 8 ngõ 3 Trường Chinh")
					.param("latitude", "20.4281")
					.param("longitude", "106.1671")
					.param("fieldOfView", "60")
					.param("rangeMetres", "20")
					.param("retentionDays", "7")
					.param("installedOn", "2026-02-01")
					.param("footageRequestsAllowed", "true")
					.param("bearing", bearing);
		this.mvc.perform(form.apply("400"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Hướng camera phải từ 0 đến 360 độ.")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("/cameras/owner/"))));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM cameras_owner").query(Long.class).single()).isEqualTo(before);
		String page = this.mvc.perform(form.apply("120"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("/cameras/owner/([A-Za-z0-9_-]+)").matcher(page);
		assertThat(link.find()).isTrue();
		this.mvc.perform(get("/api/v1/public/camera-owners/{token}", link.group(1)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Trịnh Thị Lụa"))
			.andExpect(jsonPath("$.cameras[0].bearing").value(120.0));
	}

	@Test
	@SuppressWarnings("unchecked")
	void theGeoJsonExportFollowsRfc7946AndCarriesNoOwnerData() throws Exception {
		String json = this.mvc.perform(get("/api/v1/public/cameras.geojson").param("unit", Long.toString(thongNhat())))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/geo+json"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Map<String, Object> collection = JsonPath.read(json, "$");
		assertThat(collection.get("type")).isEqualTo("FeatureCollection");
		assertThat(collection).doesNotContainKey("crs");
		List<Map<String, Object>> features = (List<Map<String, Object>>) collection.get("features");
		long cameras = 0;
		long privateCount = 0;
		for (Map<String, Object> feature : features) {
			assertThat(feature.get("type")).isEqualTo("Feature");
			assertThat(feature).containsKeys("geometry", "properties");
			Map<String, Object> properties = (Map<String, Object>) feature.get("properties");
			assertThat(properties.keySet())
				.noneMatch((key) -> key.toLowerCase().contains("owner") || key.toLowerCase().contains("contact")
						|| key.toLowerCase().contains("email") || key.toLowerCase().contains("phone"));
			Map<String, Object> geometry = (Map<String, Object>) feature.get("geometry");
			switch ((String) properties.get("kind")) {
				case "camera" -> {
					cameras++;
					assertThat(geometry.get("type")).isEqualTo("Point");
					position((List<Number>) geometry.get("coordinates"));
				}
				case "view-cone" -> {
					assertThat(geometry.get("type")).isEqualTo("Polygon");
					List<List<List<Number>>> rings = (List<List<List<Number>>>) geometry.get("coordinates");
					assertThat(rings).hasSize(1);
					List<List<Number>> ring = rings.get(0);
					assertThat(ring.size()).isGreaterThanOrEqualTo(4);
					assertThat(ring.get(0)).isEqualTo(ring.get(ring.size() - 1));
					ring.forEach(this::position);
					assertThat(signedArea(ring)).as("exterior ring counter-clockwise (RFC 7946 §3.1.6)").isPositive();
				}
				case "private-cameras" -> {
					assertThat(geometry).isNull();
					assertThat(properties).containsOnlyKeys("kind", "residentialGroup", "count");
					privateCount += ((Number) properties.get("count")).longValue();
				}
				default -> throw new AssertionError("unexpected feature " + properties);
			}
		}
		assertThat(cameras).isEqualTo(this.jdbc.sql("""
				SELECT COUNT(*) FROM cameras_camera WHERE unit_id = :w AND ownership = 'PUBLIC'
				AND status <> 'REMOVED' AND confirmed_at IS NOT NULL""")
			.param("w", thongNhat())
			.query(Long.class)
			.single());
		assertThat(cameras).isGreaterThanOrEqualTo(69);
		assertThat(privateCount).isEqualTo(this.jdbc
			.sql("""
					SELECT COUNT(*) FROM cameras_camera WHERE unit_id = :w AND ownership <> 'PUBLIC' AND group_id IS NOT NULL
					AND status <> 'REMOVED' AND confirmed_at IS NOT NULL""")
			.param("w", thongNhat())
			.query(Long.class)
			.single());
		List<String> names = new ArrayList<>(List.of("Đỗ Thị Thu", "Cửa hàng Hoa Mai", "0912", "@example"));
		names.add("Trường THCS Thống Nhất");
		assertThat(json).doesNotContain(names);
	}

	private void position(List<Number> position) {
		assertThat(position).hasSize(2);
		assertThat(position.get(0).doubleValue()).as("longitude first").isBetween(102.0, 110.0);
		assertThat(position.get(1).doubleValue()).as("latitude second").isBetween(8.0, 24.0);
	}

	private static double signedArea(List<List<Number>> ring) {
		double area = 0;
		for (int i = 0; i < ring.size() - 1; i++) {
			area += ring.get(i).get(0).doubleValue() * ring.get(i + 1).get(1).doubleValue()
					- ring.get(i + 1).get(0).doubleValue() * ring.get(i).get(1).doubleValue();
		}
		return area;
	}

}

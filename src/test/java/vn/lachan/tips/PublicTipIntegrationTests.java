package vn.lachan.tips;

import java.util.List;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.lachan.shared.DemoData;
import vn.lachan.territory.TerritoryCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Public intake without signing in: the form, the QR form, photos checked and stripped,
 * bad input refused with nothing stored, receipts and follow-up, the rate limit.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicTipIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TerritoryCatalog territory;

	@Autowired
	JdbcClient jdbc;

	long viHoang() {
		return this.territory.findUnitByCode("13639", DemoData.AS_OF).orElseThrow().id();
	}

	long count(String marker) {
		return this.jdbc.sql("SELECT COUNT(*) FROM tip WHERE description LIKE :m")
			.param("m", "%" + marker + "%")
			.query(Long.class)
			.single();
	}

	@Test
	void theFormOpensWithoutSigningIn() throws Exception {
		this.mvc.perform(get("/report"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"report-form\"")))
			.andExpect(content().string(containsString("Phường Vị Hoàng")))
			.andExpect(content().string(containsString("Ma túy")));
		this.mvc.perform(get("/track")).andExpect(status().isOk());
	}

	@Test
	void anAnonymousTipWithAPhotoIsStoredWithoutAnyTraceOfTheSender() throws Exception {
		String marker = UUID.randomUUID().toString();
		RequestPostProcessor client = PublicTipFixtures.newClient();
		String page = this.mvc
			.perform(multipart("/report")
				.file(new MockMultipartFile("photos", "IMG_0001.jpg", "image/jpeg", PublicTipFixtures.jpegWithGps()))
				.param("categoryCode", "drugs")
				.param("description", "Có người bán ma túy ở cuối hẻm " + marker)
				.param("unitId", String.valueOf(viHoang()))
				.param("latitude", "20.437400")
				.param("longitude", "106.182900")
				.param("anonymous", "true")
				.param("idempotencyKey", UUID.randomUUID().toString())
				.header(HttpHeaders.USER_AGENT, "Mozilla/5.0 (Reporter-Phone-XYZ)")
				.with(client)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("tips/public/receipt"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("receipt-code").contains("receipt-secret");
		Map<String, Object> row = this.jdbc.sql("SELECT * FROM tip WHERE description LIKE :m")
			.param("m", "%" + marker + "%")
			.query()
			.singleRow();
		assertThat(row.get("channel")).isEqualTo("WEB");
		assertThat(row.get("reporter_kind")).isEqualTo("ANONYMOUS");
		for (String column : List.of("reporter_name", "reporter_contact", "reporter_id_number", "reporter_account_id",
				"received_by_account_id")) {
			assertThat(row.get(column)).as(column).isNull();
		}
		assertThat(row.values().toString()).doesNotContain("10.77.").doesNotContain("Reporter-Phone-XYZ");
		byte[] stored = this.jdbc.sql("SELECT data FROM tip_photo WHERE tip_id = :id")
			.param("id", row.get("id"))
			.query(byte[].class)
			.single();
		assertThat(PublicTipFixtures.sniffJpeg(stored)).isTrue();
		assertThat(PublicTipFixtures.contains(stored, "Exif")).isFalse();
		assertThat(PublicTipFixtures.contains(stored, "GPS")).isFalse();
		assertThat(PublicTipFixtures.contains(stored, "CAM-12345")).isFalse();
	}

	@Test
	void badInputIsRefusedWithAClearMessageAndStoresNothing() throws Exception {
		String marker = UUID.randomUUID().toString();
		RequestPostProcessor client = PublicTipFixtures.newClient();
		String html = this.mvc
			.perform(post("/report").param("categoryCode", "drugs")
				.param("description", "<script>alert(1)</script> " + marker)
				.param("unitId", String.valueOf(viHoang()))
				.with(client)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("tips/public/report"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Không được dùng mã HTML").doesNotContain("<script>alert(1)</script>");
		this.mvc
			.perform(post("/report").param("categoryCode", "no-such-category")
				.param("description", "x".repeat(5000) + marker)
				.with(client)
				.with(csrf()))
			.andExpect(view().name("tips/public/report"))
			.andExpect(content().string(containsString("Nội dung quá dài")))
			.andExpect(content().string(containsString("Giá trị không có trong danh mục")));
		this.mvc
			.perform(multipart("/report")
				.file(new MockMultipartFile("photos", "big.jpg", "image/jpeg", new byte[5 * 1024 * 1024 + 10]))
				.param("categoryCode", "noise")
				.param("description", "Ồn " + marker)
				.param("unitId", String.valueOf(viHoang()))
				.with(client)
				.with(csrf()))
			.andExpect(view().name("tips/public/report"))
			.andExpect(content().string(containsString("Ảnh quá lớn")));
		this.mvc
			.perform(multipart("/report")
				.file(new MockMultipartFile("photos", "photo.jpg", "image/jpeg", "GIF89a not a jpeg".getBytes()))
				.param("categoryCode", "noise")
				.param("description", "Ồn " + marker)
				.param("unitId", String.valueOf(viHoang()))
				.with(client)
				.with(csrf()))
			.andExpect(view().name("tips/public/report"))
			.andExpect(content().string(containsString("Chỉ nhận ảnh JPEG hoặc PNG")));
		this.mvc.perform(post("/report").param("description", "Thiếu loại " + marker).with(client).with(csrf()))
			.andExpect(view().name("tips/public/report"))
			.andExpect(content().string(containsString("Trường này là bắt buộc")));
		assertThat(count(marker)).isZero();
	}

	@Test
	void aPlacesQrCodeBindsTheTipToThePlaceAndItsWard() throws Exception {
		Map<String, Object> place = this.jdbc
			.sql("SELECT id, unit_id, qr_token FROM place WHERE name = 'Chợ Vị Hoàng' ORDER BY id LIMIT 1")
			.query()
			.singleRow();
		String token = (String) place.get("qr_token");
		this.mvc.perform(get("/p/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chợ Vị Hoàng")));
		this.mvc.perform(get("/p/no-such-token")).andExpect(status().isNotFound());
		String marker = UUID.randomUUID().toString();
		this.mvc
			.perform(post("/p/" + token).param("categoryCode", "gambling")
				.param("description", "Đánh bạc sau chợ " + marker)
				.param("anonymous", "true")
				.with(PublicTipFixtures.newClient())
				.with(csrf()))
			.andExpect(view().name("tips/public/receipt"));
		Map<String, Object> row = this.jdbc.sql("SELECT * FROM tip WHERE description LIKE :m")
			.param("m", "%" + marker + "%")
			.query()
			.singleRow();
		assertThat(row.get("channel")).isEqualTo("QR");
		assertThat(((Number) row.get("place_id")).longValue()).isEqualTo(((Number) place.get("id")).longValue());
		assertThat(((Number) row.get("unit_id")).longValue()).isEqualTo(((Number) place.get("unit_id")).longValue());
		assertThat(row.get("latitude")).isNotNull();
	}

	@Test
	void aNamedReportersContactIsEncrypted() throws Exception {
		String marker = UUID.randomUUID().toString();
		this.mvc
			.perform(post("/report").param("categoryCode", "noise")
				.param("description", "Karaoke đến nửa đêm " + marker)
				.param("unitId", String.valueOf(viHoang()))
				.param("anonymous", "false")
				.param("reporterName", "Trần Thị B")
				.param("reporterContact", "0987654321")
				.with(PublicTipFixtures.newClient())
				.with(csrf()))
			.andExpect(view().name("tips/public/receipt"));
		Map<String, Object> row = this.jdbc
			.sql("SELECT reporter_kind, reporter_name, reporter_contact FROM tip WHERE description LIKE :m")
			.param("m", "%" + marker + "%")
			.query()
			.singleRow();
		assertThat(row.get("reporter_kind")).isEqualTo("IDENTIFIED");
		assertThat((String) row.get("reporter_contact")).startsWith("v1:").doesNotContain("0987654321");
		assertThat((String) row.get("reporter_name")).doesNotContain("Trần");
	}

	@Test
	void theReceiptOpensTheThreadAndAWrongSecretLooksLikeAnUnknownReceipt() throws Exception {
		RequestPostProcessor client = PublicTipFixtures.newClient();
		String key = UUID.randomUUID().toString();
		String json = """
				{"categoryCode": "theft", "description": "Trộm xe %s", "unitId": %d, "idempotencyKey": "%s"}"""
			.formatted(key, viHoang(), key);
		String body = this.mvc
			.perform(post("/api/v1/public/tips").contentType(MediaType.APPLICATION_JSON).content(json).with(client))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String receipt = JsonPath.read(body, "$.receipt");
		String secret = JsonPath.read(body, "$.secret");
		// a retry with the same key is not stored twice and gets the same receipt back
		this.mvc.perform(post("/api/v1/public/tips").contentType(MediaType.APPLICATION_JSON).content(json).with(client))
			.andExpect(jsonPath("$.receipt").value(receipt))
			.andExpect(jsonPath("$.secret").value(secret));
		assertThat(count(key)).isEqualTo(1);
		String hash = this.jdbc.sql("SELECT secret_hash FROM tip WHERE receipt_code = :r")
			.param("r", receipt)
			.query(String.class)
			.single();
		assertThat(hash).hasSize(64).doesNotContain(secret);
		this.mvc.perform(get("/api/v1/public/tips/" + receipt).header("X-Tip-Secret", secret).with(client))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.closed").value(false));
		String wrong = this.mvc
			.perform(get("/api/v1/public/tips/" + receipt).header("X-Tip-Secret", "WRONGSECRET12345").with(client))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String unknown = this.mvc
			.perform(get("/api/v1/public/tips/LC-ZZZZ-ZZZZ").header("X-Tip-Secret", "WRONGSECRET12345").with(client))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (String field : List.of("$.code", "$.title", "$.detail", "$.status")) {
			assertThat((Object) JsonPath.read(wrong, field)).isEqualTo(JsonPath.read(unknown, field));
		}
		// the ward asks, the reporter answers
		long id = this.jdbc.sql("SELECT id FROM tip WHERE receipt_code = :r")
			.param("r", receipt)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/api/v1/tips/" + id + "/messages").header(HttpHeaders.AUTHORIZATION, "Bearer demo-vihoang")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"body\": \"Xe màu gì?\"}"))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/api/v1/public/tips/" + receipt + "/messages").header("X-Tip-Secret", secret)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"body\": \"Màu đỏ\"}")
				.with(client))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.messages[0].author").value("WARD"))
			.andExpect(jsonPath("$.messages[1].author").value("REPORTER"))
			.andExpect(jsonPath("$.messages[1].body").value("Màu đỏ"));
		this.mvc.perform(post("/track").param("receipt", receipt).param("secret", secret).with(client).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Xe màu gì?")))
			.andExpect(content().string(containsString("Màu đỏ")));
		this.mvc.perform(post("/track").param("receipt", receipt).param("secret", "nope").with(client).with(csrf()))
			.andExpect(content().string(containsString("track-not-found")))
			.andExpect(content().string(not(containsString("Xe màu gì?"))));
	}

	@Test
	void publicEndpointsAreRateLimited() throws Exception {
		RequestPostProcessor client = PublicTipFixtures.newClient();
		int status = 200;
		// the limit (30) counts per minute: 61 requests reach it even across a minute's
		// turn
		for (int i = 0; i < 61 && status != 429; i++) {
			status = this.mvc.perform(get("/api/v1/public/tips/LC-AAAA-AAAA").header("X-Tip-Secret", "x").with(client))
				.andReturn()
				.getResponse()
				.getStatus();
		}
		assertThat(status).isEqualTo(429);
		this.mvc.perform(get("/api/v1/public/tips/LC-AAAA-AAAA").header("X-Tip-Secret", "x").with(client))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.code").value("too-many-requests"));
		// another client is not affected
		this.mvc
			.perform(get("/api/v1/public/tips/LC-AAAA-AAAA").header("X-Tip-Secret", "x")
				.with(PublicTipFixtures.newClient()))
			.andExpect(status().isNotFound());
	}

}

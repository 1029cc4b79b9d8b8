package vn.lachan.residence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lachan.access.internal.AccountManagement;
import vn.lachan.access.internal.AccountManagement.AccountDetails;
import vn.lachan.residence.internal.ResidenceJobs;
import vn.lachan.shared.DemoData;
import vn.lachan.shared.security.Role;
import vn.lachan.shared.security.SystemUser;
import vn.lachan.shared.time.VietnamTime;
import vn.lachan.territory.TerritoryCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Stay notifications through the API: receipts and lateness, idempotency, encryption at
 * rest, search and views with a purpose and their audit, scope, and the jobs.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ResidenceIntegrationTests {

	static final String HOST = "Bearer demo-chunha";

	static final String MY_XA = "Bearer demo-myxa";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper json;

	@Autowired
	ResidenceJobs jobs;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TerritoryCatalog territory;

	static String cccd() {
		return "0369" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	static String hoursAgo(int hours) {
		return LocalDateTime.now(VietnamTime.ZONE).minusHours(hours).truncatedTo(ChronoUnit.MINUTES).toString();
	}

	long hostAccommodation() throws Exception {
		MvcResult result = this.mvc.perform(get("/api/v1/accommodations").header(HttpHeaders.AUTHORIZATION, HOST))
			.andExpect(status().isOk())
			.andReturn();
		return this.json.readTree(result.getResponse().getContentAsString()).get("items").get(0).get("id").asLong();
	}

	static String guest(long accommodation, String name, String number, String arrival) {
		return """
				{"accommodationId": "%d", "fullName": "%s", "birthDate": "1995-02-03", "sex": "F", "nationality": "VN",
				 "documentKind": "CCCD", "documentNumber": "%s", "reason": "Lao động", "arrival": "%s",
				 "expectedDeparture": "%s", "room": "P2"}""".formatted(accommodation, name, number, arrival,
				LocalDate.now(VietnamTime.ZONE).plusDays(5));
	}

	JsonNode declare(String body, String key, int expected) throws Exception {
		var request = post("/api/v1/stays").header(HttpHeaders.AUTHORIZATION, HOST)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
		if (key != null) {
			request = request.header("Idempotency-Key", key);
		}
		MvcResult result = this.mvc.perform(request).andExpect(status().is(expected)).andReturn();
		return this.json.readTree(result.getResponse().getContentAsString());
	}

	long staysWithNumber(String number) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/api/v1/persons/search").header(HttpHeaders.AUTHORIZATION, MY_XA)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"documentNumber\": \"" + number + "\", \"purpose\": \"Kiểm tra số lượng\"}"))
			.andExpect(status().isOk())
			.andReturn();
		return this.json.readTree(result.getResponse().getContentAsString()).get("stays").size();
	}

	@Test
	void accommodationsPageWithinScopeAndSayTheirTotal() throws Exception {
		long hosted = this.jdbc.sql("""
				SELECT COUNT(*) FROM accommodation_host h JOIN account a ON a.id = h.account_id
				WHERE a.username = 'chunha'""").query(Long.class).single();
		this.mvc.perform(get("/api/v1/accommodations").header(HttpHeaders.AUTHORIZATION, HOST))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(hosted))
			.andExpect(jsonPath("$.items.length()").value((int) Math.min(hosted, 20)));
		long myXa = this.jdbc.sql("""
				SELECT COUNT(*) FROM accommodation WHERE unit_id IN (SELECT id FROM admin_unit WHERE code = '13699')""")
			.query(Long.class)
			.single();
		assertThat(myXa).as("more than one page of two").isGreaterThan(2);
		java.util.List<Long> ids = new java.util.ArrayList<>();
		for (int page = 0; page * 2 < myXa; page++) {
			JsonNode body = this.json.readTree(this.mvc
				.perform(get("/api/v1/accommodations").param("page", Integer.toString(page))
					.param("size", "2")
					.header(HttpHeaders.AUTHORIZATION, MY_XA))
				.andExpect(jsonPath("$.totalItems").value(myXa))
				.andReturn()
				.getResponse()
				.getContentAsString());
			body.get("items").forEach((item) -> ids.add(item.get("id").asLong()));
		}
		assertThat(ids).hasSize((int) myXa).doesNotHaveDuplicates();
		String viHoang = this.mvc
			.perform(get("/api/v1/accommodations").param("size", "200")
				.header(HttpHeaders.AUTHORIZATION, "Bearer demo-vihoang"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.List<Long> seen = new java.util.ArrayList<>();
		this.json.readTree(viHoang).get("items").forEach((item) -> seen.add(item.get("id").asLong()));
		assertThat(seen).doesNotContainAnyElementsOf(ids);
	}

	@Test
	void hostDeclaresTwoGuestsGetsAReceiptAndARepeatedRequestStoresNothing() throws Exception {

		long accommodation = hostAccommodation();
		String first = cccd();
		String second = cccd();
		String body = "{\"guests\": [" + guest(accommodation, "Trần Thị Hoa", first, hoursAgo(2)) + ", "
				+ guest(accommodation, "Lê Văn Bình", second, hoursAgo(40)) + "]}";
		String key = "test-" + System.nanoTime();
		JsonNode outcome = declare(body, key, 201);
		assertThat(outcome.get("added").asInt()).isEqualTo(2);
		assertThat(outcome.get("receipts").get(0).get("receiptNumber").asString()).startsWith("LT");
		assertThat(outcome.get("receipts").get(0).get("late").asInt()).isEqualTo(1);
		// a repeat with the key gets the first answer back (the shared Idempotency-Key
		// filter)
		JsonNode again = declare(body, key, 201);
		assertThat(again).isEqualTo(outcome);
		// the same guests without the key: the database still stores them once
		JsonNode third = declare(body, null, 201);
		assertThat(third.get("added").asInt()).isZero();
		assertThat(staysWithNumber(first)).isEqualTo(1);
		// the same key with another body is refused (422, the shared Idempotency-Key
		// filter)
		this.mvc
			.perform(post("/api/v1/stays").header(HttpHeaders.AUTHORIZATION, HOST)
				.header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"guests\": [" + guest(accommodation, "Khác", cccd(), hoursAgo(1)) + "]}"))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void badRowsAreAllReportedAndNothingIsStored() throws Exception {
		long accommodation = hostAccommodation();
		String good = cccd();
		String body = "{\"guests\": [" + guest(accommodation, "Phạm Văn Tốt", good, hoursAgo(1)) + ", "
				+ guest(accommodation, "", "123", "hôm qua") + "]}";
		this.mvc
			.perform(post("/api/v1/stays").header(HttpHeaders.AUTHORIZATION, HOST)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("guests[1].fullName")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("guests[1].documentNumber")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("guests[1].arrival")));
		assertThat(staysWithNumber(good)).isZero();
	}

	@Test
	void theIdColumnIsEncryptedAndOnlyExactSearchWithAPurposeFindsTheGuest() throws Exception {
		long accommodation = hostAccommodation();
		String number = cccd();
		long stayId = declareOne(accommodation, "Đỗ Minh Quân", number);
		String raw = this.jdbc.sql("SELECT document_number FROM stay WHERE id = :id")
			.param("id", stayId)
			.query(String.class)
			.single();
		String index = this.jdbc.sql("SELECT document_index FROM stay WHERE id = :id")
			.param("id", stayId)
			.query(String.class)
			.single();
		assertThat(raw).startsWith("v1:").doesNotContain(number);
		assertThat(index).doesNotContain(number);
		Map<String, Object> name = this.jdbc.sql("SELECT full_name, name_index FROM stay WHERE id = :id")
			.param("id", stayId)
			.query()
			.singleRow();
		assertThat((String) name.get("full_name")).startsWith("v1:").doesNotContain("Quân").doesNotContain("Quan");
		assertThat((String) name.get("name_index")).hasSize(64).doesNotContainIgnoringCase("quan");

		long searchesBefore = audits("PERSONAL_DATA_SEARCH", "myxa");
		this.mvc
			.perform(post("/api/v1/persons/search").header(HttpHeaders.AUTHORIZATION, MY_XA)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"documentNumber\": \"" + number + "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("residence.purpose-required"));
		assertThat(audits("PERSONAL_DATA_SEARCH", "myxa")).isEqualTo(searchesBefore);
		this.mvc
			.perform(
					post("/api/v1/persons/search").header(HttpHeaders.AUTHORIZATION, MY_XA)
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"documentNumber\": \"" + number.substring(0, 11)
								+ "\", \"purpose\": \"Xác minh tin báo\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stays.length()").value(0));
		this.mvc
			.perform(post("/api/v1/persons/search").header(HttpHeaders.AUTHORIZATION, MY_XA)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"documentNumber\": \"" + number + "\", \"purpose\": \"Xác minh tin báo\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stays[0].id").value(stayId))
			.andExpect(jsonPath("$.stays[0].documentNumber").doesNotExist());
		this.mvc.perform(post("/api/v1/persons/search").header(HttpHeaders.AUTHORIZATION, MY_XA)
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"fullName\": \"do minh quan\", \"birthDate\": \"1995-02-03\", \"purpose\": \"Xác minh tin báo\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stays[*].id", hasItem((int) stayId)));
		assertThat(audits("PERSONAL_DATA_SEARCH", "myxa")).isEqualTo(searchesBefore + 3);

		this.mvc
			.perform(post("/api/v1/stays/" + stayId + "/view").header(HttpHeaders.AUTHORIZATION, MY_XA)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"purpose\": \"\"}"))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(post("/api/v1/stays/" + stayId + "/view").header(HttpHeaders.AUTHORIZATION, MY_XA)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"purpose\": \"Xác minh tin báo\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.documentNumber").value(number));
		long views = this.jdbc.sql("""
				SELECT COUNT(*) FROM audit_event WHERE action = 'PERSONAL_DATA_READ' AND record_type = 'stay'
				AND record_id = :id AND actor_username = 'myxa' AND purpose = 'Xác minh tin báo'""")
			.param("id", String.valueOf(stayId))
			.query(Long.class)
			.single();
		assertThat(views).isEqualTo(1);
	}

	@Test
	void scopeHidesStaysOfOtherHostsAndWards() throws Exception {
		long accommodation = hostAccommodation();
		long stayId = declareOne(accommodation, "Vũ Thị Lan", cccd());
		this.mvc.perform(get("/api/v1/stays/" + stayId).header(HttpHeaders.AUTHORIZATION, HOST))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/stays/" + stayId).header(HttpHeaders.AUTHORIZATION, "Bearer demo-vihoang"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/stays/" + stayId).header(HttpHeaders.AUTHORIZATION, "Bearer demo-khuvuc"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/stays/" + stayId).header(HttpHeaders.AUTHORIZATION, "Bearer demo-khuvucmyxa"))
			.andExpect(status().isOk());
		assertThat(this.jdbc.sql("""
				SELECT COUNT(*) FROM audit_event WHERE action = 'PERSONAL_DATA_READ' AND record_type = 'stay'
				AND record_id = :id AND actor_username = 'khuvucmyxa'""")
			.param("id", String.valueOf(stayId))
			.query(Long.class)
			.single()).as("a staff view of a guest is audited").isEqualTo(1);

		String username = "host" + System.nanoTime() % 1_000_000_000;
		long myXa = this.territory.findUnitByCode("13699", DemoData.AS_OF).orElseThrow().id();
		long other = this.accounts
			.create(SystemUser.INSTANCE, username, "Another@Host2022",
					new AccountDetails("Chủ nhà khác", null, Role.HOST, myXa, Set.of()))
			.id();
		String token = "Bearer " + this.accounts.issueToken(principal(other, username, myXa), "test").value();
		this.mvc.perform(get("/api/v1/stays/" + stayId).header(HttpHeaders.AUTHORIZATION, token))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/accommodations/" + accommodation).header(HttpHeaders.AUTHORIZATION, token))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/stays").header(HttpHeaders.AUTHORIZATION, token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(0));
		this.mvc
			.perform(post("/api/v1/stays").header(HttpHeaders.AUTHORIZATION, token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"guests\": [" + guest(accommodation, "Ai Đó", cccd(), hoursAgo(1)) + "]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("guests[0].accommodationId"));
	}

	static vn.lachan.shared.security.CurrentUser principal(long id, String username, long unit) {
		return new vn.lachan.shared.security.CurrentUser(id, username, username, Role.HOST, unit, Set.of(unit),
				Set.of());
	}

	@Test
	void departureIsRecordedOnceAndPurgeCountsWhatItDeletes() throws Exception {
		long accommodation = hostAccommodation();
		long stayId = declareOne(accommodation, "Bùi Văn Sơn", cccd());
		this.mvc.perform(post("/api/v1/stays/" + stayId + "/departure").header(HttpHeaders.AUTHORIZATION, HOST))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.departedAt").isNotEmpty());
		this.mvc.perform(post("/api/v1/stays/" + stayId + "/departure").header(HttpHeaders.AUTHORIZATION, HOST))
			.andExpect(status().isUnprocessableContent());

		String old = cccd();
		String arrival = LocalDateTime.now(VietnamTime.ZONE).minusMonths(30).truncatedTo(ChronoUnit.MINUTES).toString();
		declare("{\"guests\": [" + guest(accommodation, "Ngô Thị Cũ", old, arrival)
			.replaceAll("\"expectedDeparture\": \"[^\"]*\"", "\"expectedDeparture\": \"\"") + "]}", null, 201);
		assertThat(staysWithNumber(old)).isEqualTo(1);
		ResidenceJobs.PurgeCount purged = this.jobs.purge();
		assertThat(purged.stays()).isGreaterThanOrEqualTo(1);
		assertThat(staysWithNumber(old)).isZero();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM stay WHERE id = :id")
			.param("id", stayId)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void temporaryResidenceTermsRemindersRenewalsAndEnds() throws Exception {
		long myXa = this.territory.findUnitByCode("13699", DemoData.AS_OF).orElseThrow().id();
		LocalDate today = LocalDate.now(VietnamTime.ZONE);
		String body = """
				{"fullName": "Hoàng Văn Tạm", "birthDate": "1990-01-01", "documentNumber": "%s", "address": "Khu trọ A",
				 "unitId": %d, "startsOn": "%s", "endsOn": "%s"}""";
		this.mvc
			.perform(post("/api/v1/temporary-residences").header(HttpHeaders.AUTHORIZATION, MY_XA)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted(cccd(), myXa, today, today.plusYears(2).plusDays(1))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("endsOn"));
		MvcResult created = this.mvc
			.perform(post("/api/v1/temporary-residences").header(HttpHeaders.AUTHORIZATION, MY_XA)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted(cccd(), myXa, today.minusYears(1), today.plusDays(10))))
			.andExpect(status().isCreated())
			.andReturn();
		long id = this.json.readTree(created.getResponse().getContentAsString()).get("id").asLong();
		assertThat(this.json.readTree(created.getResponse().getContentAsString()).get("fullName").asString())
			.isEqualTo("Hoàng Văn Tạm");
		assertThat(this.jdbc.sql("SELECT full_name FROM temporary_residence WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single()).startsWith("v1:").doesNotContain("Tạm");
		this.mvc.perform(post("/api/v1/persons/search").header(HttpHeaders.AUTHORIZATION, MY_XA)
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"fullName\": \"HOANG  van tam\", \"birthDate\": \"1990-01-01\", \"purpose\": \"Xác minh tạm trú\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.temporaryResidences[*].id", hasItem((int) id)))
			.andExpect(jsonPath("$.temporaryResidences[?(@.id == " + id + ")].fullName", hasItem("Hoàng Văn Tạm")));
		this.mvc
			.perform(post("/api/v1/temporary-residences").header(HttpHeaders.AUTHORIZATION, "Bearer demo-vihoang")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted(cccd(), myXa, today, today.plusDays(30))))
			.andExpect(status().isNotFound());
		assertThat(this.jobs.remindTemporaryResidences()).isGreaterThanOrEqualTo(1);
		assertThat(this.jdbc.sql("SELECT reminded_at FROM temporary_residence WHERE id = :id")
			.param("id", id)
			.query(java.time.OffsetDateTime.class)
			.single()).isNotNull();
		this.mvc
			.perform(post("/api/v1/temporary-residences/" + id + "/renewal").header(HttpHeaders.AUTHORIZATION, MY_XA)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"endsOn\": \"" + today.plusDays(10).plusYears(1) + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.renewals").value(1))
			.andExpect(jsonPath("$.remindedAt").isEmpty());
		this.mvc.perform(post("/api/v1/temporary-residences/" + id + "/end").header(HttpHeaders.AUTHORIZATION, MY_XA))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ENDED"));
	}

	long declareOne(long accommodation, String name, String number) throws Exception {
		JsonNode outcome = declare("{\"guests\": [" + guest(accommodation, name, number, hoursAgo(1)) + "]}", null,
				201);
		long notification = outcome.get("receipts").get(0).get("notificationId").asLong();
		MvcResult guests = this.mvc
			.perform(get("/api/v1/stay-notifications/" + notification).header(HttpHeaders.AUTHORIZATION, HOST))
			.andExpect(status().isOk())
			.andReturn();
		return this.json.readTree(guests.getResponse().getContentAsString()).get("items").get(0).get("id").asLong();
	}

	long audits(String action, String actor) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = :a AND actor_username = :u")
			.param("a", action)
			.param("u", actor)
			.query(Long.class)
			.single();
	}

}

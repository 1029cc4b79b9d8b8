package vn.lachan.tips;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.lachan.shared.DemoData;
import vn.lachan.territory.TerritoryCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/**
 * Open311 GeoReport v2 as the spec describes it, for all six calls in JSON and XML,
 * including the error bodies ({@code errors} of {@code code} and {@code description}) and
 * their status codes 400, 403 and 404.
 */
@SpringBootTest
@AutoConfigureMockMvc
class Open311ConformanceTests {

	static final String KEY = "demo-open311-key";

	@Autowired
	MockMvc mvc;

	@Autowired
	TerritoryCatalog territory;

	@Autowired
	JdbcClient jdbc;

	String viHoang() {
		return String.valueOf(this.territory.findUnitByCode("13639", DemoData.AS_OF).orElseThrow().id());
	}

	MockHttpServletRequestBuilder client(MockHttpServletRequestBuilder request) {
		return request.with(PublicTipFixtures.newClient());
	}

	long submitNoise(String description) throws Exception {
		String body = this.mvc
			.perform(client(post("/open311/v2/requests.json")).contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("api_key", KEY)
				.param("service_code", "noise")
				.param("lat", "20.4380")
				.param("long", "106.1835")
				.param("attribute[ward]", viHoang())
				.param("attribute[source]", "karaoke")
				.param("first_name", "Phạm")
				.param("last_name", "Thị D")
				.param("email", "d@example.vn")
				.param("description", description))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Long.parseLong(JsonPath.read(body, "$[0].service_request_id"));
	}

	@Test
	void discoveryInBothFormats() throws Exception {
		this.mvc.perform(client(get("/open311/v2/discovery.json")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.endpoints[0].specification").value("http://wiki.open311.org/GeoReport_v2"))
			.andExpect(jsonPath("$.endpoints[0].formats", hasItem("text/xml")))
			.andExpect(jsonPath("$.endpoints[0].formats", hasItem("application/json")))
			.andExpect(jsonPath("$.changeset").exists())
			.andExpect(jsonPath("$.contact").exists())
			.andExpect(jsonPath("$.key_service").exists());
		this.mvc.perform(client(get("/open311/v2/discovery.xml")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_XML))
			.andExpect(
					xpath("/discovery/endpoints/endpoint/specification").string("http://wiki.open311.org/GeoReport_v2"))
			.andExpect(xpath("/discovery/endpoints/endpoint/formats/format").nodeCount(2))
			.andExpect(xpath("/discovery/endpoints/endpoint/type").string("production"));
	}

	@Test
	void serviceListHoldsTheSubmittableCategoriesOnly() throws Exception {
		this.mvc.perform(client(get("/open311/v2/services.json")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].service_code", hasItem("noise")))
			.andExpect(jsonPath("$[*].service_code", hasItem("sidewalk-encroachment")))
			.andExpect(jsonPath("$[*].service_code", not(hasItem("drugs"))))
			.andExpect(jsonPath("$[?(@.service_code == 'noise')].metadata").value(hasItem(true)))
			.andExpect(jsonPath("$[?(@.service_code == 'noise')].type").value(hasItem("realtime")))
			.andExpect(jsonPath("$[0].service_name").exists())
			.andExpect(jsonPath("$[0].keywords").exists())
			.andExpect(jsonPath("$[0].group").exists());
		this.mvc.perform(client(get("/open311/v2/services.xml")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_XML))
			.andExpect(xpath("/services/service[service_code='noise']/metadata").string("true"))
			.andExpect(xpath("/services/service[service_code='drugs']").doesNotExist());
		this.mvc.perform(client(get("/open311/v2/services.json")).param("jurisdiction_id", "elsewhere.example"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$[0].code").value(404))
			.andExpect(jsonPath("$[0].description").exists());
	}

	@Test
	void serviceDefinitionDeclaresTheWardAndTheCategorysAttributes() throws Exception {
		this.mvc.perform(client(get("/open311/v2/services/noise.json")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.service_code").value("noise"))
			.andExpect(jsonPath("$.attributes[0].code").value("ward"))
			.andExpect(jsonPath("$.attributes[0].required").value(true))
			.andExpect(jsonPath("$.attributes[0].datatype").value("singlevaluelist"))
			.andExpect(jsonPath("$.attributes[0].order").value(1))
			.andExpect(jsonPath("$.attributes[0].variable").value(true))
			.andExpect(jsonPath("$.attributes[0].values[*].key", hasItem(viHoang())))
			.andExpect(jsonPath("$.attributes[1].code").value("source"))
			.andExpect(jsonPath("$.attributes[1].values[*].key", hasItem("karaoke")));
		this.mvc.perform(client(get("/open311/v2/services/noise.xml")))
			.andExpect(status().isOk())
			.andExpect(xpath("/service_definition/service_code").string("noise"))
			.andExpect(xpath("/service_definition/attributes/attribute[code='ward']/required").string("true"))
			.andExpect(xpath("/service_definition/attributes/attribute[code='source']/values/value[key='karaoke']/name")
				.exists());
		for (String unknown : new String[] { "no-such-service", "drugs" }) {
			this.mvc.perform(client(get("/open311/v2/services/" + unknown + ".json")))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$[0].code").value(404))
				.andExpect(jsonPath("$[0].description", containsString(unknown)));
			this.mvc.perform(client(get("/open311/v2/services/" + unknown + ".xml")))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_XML))
				.andExpect(xpath("/errors/error/code").string("404"));
		}
	}

	@Test
	void unknownPathsAndMethodsAnswerInTheSpecsErrorFormat() throws Exception {
		this.mvc.perform(client(get("/open311/v2/nope.json")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andExpect(jsonPath("$[0].code").value(404));
		this.mvc.perform(client(get("/open311/v2/nope.xml")))
			.andExpect(status().isNotFound())
			.andExpect(xpath("/errors/error/code").string("404"));
		this.mvc
			.perform(client(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.delete("/open311/v2/services.json")))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(jsonPath("$[0].code").value(405));
		// the rest of the platform keeps its own error pages
		this.mvc.perform(get("/report/nope-" + System.nanoTime()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("text/html"));
	}

	@Test
	void postingARequestNeedsAKeyAServiceAndALocation() throws Exception {
		for (String format : new String[] { "json", "xml" }) {
			var noKey = this.mvc
				.perform(client(post("/open311/v2/requests." + format)).param("service_code", "noise")
					.param("lat", "20.43")
					.param("long", "106.18")
					.param("attribute[ward]", viHoang()))
				.andExpect(status().isForbidden());
			if (format.equals("json")) {
				noKey.andExpect(jsonPath("$[0].code").value(403));
			}
			else {
				noKey.andExpect(xpath("/errors/error/code").string("403"));
			}
			this.mvc.perform(client(post("/open311/v2/requests." + format)).param("api_key", "not-a-key"))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(client(post("/open311/v2/requests.json")).param("api_key", KEY))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[*].code", hasItem(400)))
			.andExpect(jsonPath("$[*].description", hasItem(containsString("service_code"))));
		this.mvc.perform(client(post("/open311/v2/requests.xml")).param("api_key", KEY))
			.andExpect(status().isBadRequest())
			.andExpect(xpath("/errors/error").nodeCount(3));
		this.mvc
			.perform(client(post("/open311/v2/requests.json")).param("api_key", KEY)
				.param("service_code", "no-such-service")
				.param("address_string", "Chợ")
				.param("attribute[ward]", viHoang()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$[0].code").value(404));
		String marker = UUID.randomUUID().toString();
		this.mvc
			.perform(client(post("/open311/v2/requests.json")).param("api_key", KEY)
				.param("service_code", "noise")
				.param("address_string", "Chợ")
				.param("attribute[ward]", viHoang())
				.param("description", "<img src=x onerror=alert(1)> " + marker))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].description", containsString("description")));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM tip WHERE description LIKE :m")
			.param("m", "%" + marker + "%")
			.query(Long.class)
			.single()).isZero();
		String xml = this.mvc
			.perform(client(post("/open311/v2/requests.xml")).param("api_key", KEY)
				.param("service_code", "sidewalk-encroachment")
				.param("address_string", "Đường Trần Hưng Đạo")
				.param("attribute[ward]", viHoang())
				.param("attribute[obstruction]", "stall")
				.param("description", "Lều quán lấn vỉa hè " + marker))
			.andExpect(status().isCreated())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_XML))
			.andExpect(xpath("/service_requests/request/service_request_id").exists())
			.andExpect(xpath("/service_requests/request/service_notice").exists())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(xml).startsWith("<?xml");
		assertThat(this.jdbc.sql("SELECT channel FROM tip WHERE description LIKE :m")
			.param("m", "%" + marker + "%")
			.query(String.class)
			.single()).isEqualTo("OPEN311");
	}

	@Test
	void aRequestReadsBackWithoutItsReporterAndCrimeTipsStayHidden() throws Exception {
		String marker = UUID.randomUUID().toString();
		long id = submitNoise("Karaoke quá khuya " + marker);
		this.mvc.perform(client(get("/open311/v2/requests/" + id + ".json")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].service_request_id").value(String.valueOf(id)))
			.andExpect(jsonPath("$[0].status").value("open"))
			.andExpect(jsonPath("$[0].status_notes").exists())
			.andExpect(jsonPath("$[0].service_code").value("noise"))
			.andExpect(jsonPath("$[0].agency_responsible").value("Phường Vị Hoàng"))
			.andExpect(jsonPath("$[0].requested_datetime", containsString("+07:00")))
			.andExpect(jsonPath("$[0].lat").value(20.438))
			.andExpect(content().string(not(containsString("Phạm"))))
			.andExpect(content().string(not(containsString("d@example.vn"))));
		this.mvc.perform(client(get("/open311/v2/requests/" + id + ".xml")))
			.andExpect(status().isOk())
			.andExpect(xpath("/service_requests/request/service_request_id").string(String.valueOf(id)))
			.andExpect(xpath("/service_requests/request/status").string("open"));
		long crime = this.jdbc.sql("SELECT MIN(id) FROM tip WHERE category_code = 'drugs'").query(Long.class).single();
		for (String path : new String[] { "/open311/v2/requests/" + crime, "/open311/v2/requests/999999999",
				"/open311/v2/requests/abc" }) {
			this.mvc.perform(client(get(path + ".json")))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$[0].code").value(404));
			this.mvc.perform(client(get(path + ".xml")))
				.andExpect(status().isNotFound())
				.andExpect(xpath("/errors/error/code").string("404"));
		}
	}

	@Test
	void tokensLeadToTheRequestId() throws Exception {
		long id = submitNoise("Loa kẹo kéo " + UUID.randomUUID());
		String token = this.jdbc.sql("SELECT receipt_code FROM tip WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		this.mvc.perform(client(get("/open311/v2/tokens/" + token + ".json")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].service_request_id").value(String.valueOf(id)))
			.andExpect(jsonPath("$[0].token").value(token));
		this.mvc.perform(client(get("/open311/v2/tokens/" + token + ".xml")))
			.andExpect(xpath("/service_requests/request/service_request_id").string(String.valueOf(id)));
		this.mvc.perform(client(get("/open311/v2/tokens/LC-NONE-NONE.json")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$[0].code").value(404));
		this.mvc.perform(client(get("/open311/v2/tokens/LC-NONE-NONE.xml")))
			.andExpect(status().isNotFound())
			.andExpect(xpath("/errors/error/code").string("404"));
	}

	@Test
	void requestListsFilterAndPage() throws Exception {
		String marker = UUID.randomUUID().toString();
		long first = submitNoise("Một " + marker);
		long second = submitNoise("Hai " + marker);
		this.mvc
			.perform(client(get("/open311/v2/requests.json")).param("service_request_id", first + "," + second)
				.param("status", "closed"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2));
		this.mvc
			.perform(client(get("/open311/v2/requests.json")).param("service_code", "noise").param("status", "open"))
			.andExpect(jsonPath("$[*].service_request_id", hasItem(String.valueOf(first))))
			.andExpect(jsonPath("$[*].status", not(hasItem("closed"))))
			.andExpect(jsonPath("$[*].service_code", not(hasItem("drugs"))));
		this.mvc
			.perform(client(get("/open311/v2/requests.json")).param("status", "closed").param("service_code", "noise"))
			.andExpect(jsonPath("$[*].service_request_id", not(hasItem(String.valueOf(first)))));
		this.mvc
			.perform(client(get("/open311/v2/requests.json")).param("service_code", "noise")
				.param("page_size", "1")
				.param("page", "1"))
			.andExpect(jsonPath("$.length()").value(1));
		this.mvc
			.perform(client(get("/open311/v2/requests.xml")).param("lat_ne", "20.4381")
				.param("long_ne", "106.1836")
				.param("lat_sw", "20.4379")
				.param("long_sw", "106.1834"))
			.andExpect(xpath("/service_requests/request[service_request_id='" + first + "']").exists());
		this.mvc
			.perform(client(get("/open311/v2/requests.json")).param("lat_ne", "10.0")
				.param("long_ne", "100.0")
				.param("lat_sw", "9.0")
				.param("long_sw", "99.0"))
			.andExpect(jsonPath("$.length()").value(0));
		this.mvc.perform(client(get("/open311/v2/requests.json")).param("updated_after", "2999-01-01T00:00:00+07:00"))
			.andExpect(jsonPath("$.length()").value(0));
		this.mvc
			.perform(client(get("/open311/v2/requests.json")).param("start_date", "2021-01-01T00:00:00+07:00")
				.param("end_date", "2021-12-31T00:00:00+07:00"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].code").value(400));
		this.mvc.perform(client(get("/open311/v2/requests.xml")).param("status", "pending"))
			.andExpect(status().isBadRequest())
			.andExpect(xpath("/errors/error/code").string("400"));
		this.mvc.perform(client(get("/open311/v2/requests.json")).param("lat_ne", "20.4"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(client(get("/open311/v2/requests.json")).param("start_date", "yesterday"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(client(get("/open311/v2/requests.json")).param("start_date", "2021-03-01T00:00:00+07:00")
				.param("end_date", "2021-05-01T00:00:00+07:00")
				.param("service_code", "noise,sidewalk-encroachment,fire-hazard"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].requested_datetime", containsString("2021-")));
	}

	/** A GeoReport v2 POST of a form body, as a client sends it, with a key or none. */
	ResultActions submit(String form, String key) throws Exception {
		MockHttpServletRequestBuilder request = client(post("/open311/v2/requests.json"))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content(form);
		return this.mvc.perform((key != null) ? request.header("Idempotency-Key", key) : request);
	}

	long tips() {
		return this.jdbc.sql("SELECT COUNT(*) FROM tip").query(Long.class).single();
	}

	/**
	 * GeoReport v2 has no idempotency header; the platform's Idempotency-Key filter
	 * covers the Open311 POST as it covers the API: a repeat with one key stores one tip
	 * and answers the first answer again, the same key with another form answers 422, and
	 * without a key every POST is a new tip.
	 */
	@Test
	void aRepeatedIdempotencyKeyStoresOneTipAndAnswersTheFirstAnswerAgain() throws Exception {
		String form = "api_key=" + KEY + "&service_code=noise&lat=20.4380&long=106.1835&attribute%5Bward%5D="
				+ viHoang() + "&attribute%5Bsource%5D=karaoke&description=" + UUID.randomUUID();
		String key = "open311-" + UUID.randomUUID();
		long before = tips();
		var first = submit(form, key).andExpect(status().isCreated()).andReturn().getResponse();
		var second = submit(form, key).andExpect(status().isCreated()).andReturn().getResponse();
		assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString());
		assertThat(second.getHeader("Idempotent-Replayed")).isEqualTo("true");
		assertThat(first.getHeader("Idempotent-Replayed")).isNull();
		assertThat(tips()).isEqualTo(before + 1);
		submit(form + "+again", key).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("idempotency-key-reused"));
		assertThat(tips()).isEqualTo(before + 1);
		for (int i = 0; i < 2; i++) {
			submit(form, null).andExpect(status().isCreated());
		}
		assertThat(tips()).isEqualTo(before + 3);
	}

}

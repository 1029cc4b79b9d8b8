package vn.lachan.shared.paging;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Walks the OpenAPI document: every list the API answers pages and says its total, so no
 * GET answers a bare JSON array, except where {@link #BARE_ARRAYS_ALLOWED} says why. A
 * list answers the shared {@link PageResult} envelope ({@code items}, {@code page},
 * {@code size}, {@code totalItems}), takes {@code page} and {@code size}, and keeps the
 * size within {@link PageQuery#MAX_SIZE}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ListEnvelopesIntegrationTests {

	/**
	 * Path prefix → why its GETs may answer a bare array. Keep it short. Open311 lies
	 * outside {@code /v3/api-docs} today ({@code springdoc.paths-to-match=/api/**});
	 * should it ever be documented, its arrays stay: {@code Open311ConformanceTests}
	 * checks them against the contract.
	 */
	static final Map<String, String> BARE_ARRAYS_ALLOWED = Map.of("/open311/",
			"the Open311 GeoReport v2 contract (shared/domain/open311-georeport-v2.md) prescribes a JSON array");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Test
	void noListOfTheApiAnswersABareArray() throws Exception {
		Map<String, JsonNode> gets = gets();
		assertThat(gets).as("GET operations in /v3/api-docs").isNotEmpty();
		Set<String> bare = new TreeSet<>();
		gets.forEach((operation, node) -> {
			if (answersArray(node)) {
				bare.add(operation);
			}
		});
		Set<String> offenders = new TreeSet<>();
		for (String operation : bare) {
			String path = operation.substring("GET ".length());
			if (BARE_ARRAYS_ALLOWED.keySet().stream().noneMatch(path::startsWith)) {
				offenders.add(operation);
			}
		}
		assertThat(offenders).as("GETs whose 200 answers a bare array (answer a PageResult with its total)").isEmpty();
	}

	@Test
	void everyEnvelopeTakesPageAndSize() throws Exception {
		JsonNode document = document();
		Set<String> unpaged = new TreeSet<>();
		gets(document).forEach((operation, node) -> {
			if (answersEnvelope(node, document)) {
				Set<String> query = new TreeSet<>();
				node.path("parameters").forEach((parameter) -> {
					if ("query".equals(parameter.path("in").asString())) {
						query.add(parameter.path("name").asString());
					}
				});
				if (!query.containsAll(Set.of("page", "size"))) {
					unpaged.add(operation);
				}
			}
		});
		assertThat(unpaged).as("GETs answering a page envelope without page and size parameters").isEmpty();
	}

	/**
	 * Every list that needs no path or required parameter, read by the administrator: a
	 * page of one says the same total as a page of the largest size, which holds every
	 * record when there are no more than that; an asked size above the largest is cut to
	 * it; a page past the end is empty and still says the total.
	 */
	@Test
	void everyListPagesAndSaysTheSameTotalOnEveryPage() throws Exception {
		JsonNode document = document();
		Set<String> checked = new TreeSet<>();
		for (Map.Entry<String, JsonNode> entry : gets(document).entrySet()) {
			String path = entry.getKey().substring("GET ".length());
			if (!answersEnvelope(entry.getValue(), document) || path.contains("{")
					|| requiresParameters(entry.getValue())) {
				continue;
			}
			JsonNode one = read(path, "0", "1");
			if (one == null) {
				continue;
			}
			checked.add(path);
			long total = one.path("totalItems").asLong();
			assertThat(one.path("items").size()).as(path).isEqualTo((int) Math.min(total, 1));
			assertThat(one.path("size").asInt()).as(path).isEqualTo(1);
			JsonNode largest = read(path, "0", Integer.toString(PageQuery.MAX_SIZE));
			assertThat(largest.path("size").asInt()).as(path).isEqualTo(PageQuery.MAX_SIZE);
			assertThat(largest.path("totalItems").asLong()).as(path).isGreaterThanOrEqualTo(total);
			assertThat(largest.path("items").size()).as(path)
				.isEqualTo((int) Math.min(largest.path("totalItems").asLong(), PageQuery.MAX_SIZE));
			var tooLarge = this.mvc
				.perform(get(path).param("size", "100000").header(HttpHeaders.AUTHORIZATION, "Bearer demo-admin"))
				.andReturn()
				.getResponse();
			if (tooLarge.getStatus() == 400) {
				assertThat(tooLarge.getContentType()).as(path).startsWith("application/problem+json");
			}
			else {
				assertThat(this.json.readTree(tooLarge.getContentAsString(StandardCharsets.UTF_8)).path("size").asInt())
					.as(path + ": a size above the largest is cut to it")
					.isEqualTo(PageQuery.MAX_SIZE);
			}
			JsonNode past = read(path, "100000", "20");
			assertThat(past.path("items").size()).as(path).isZero();
			assertThat(past.path("page").asInt()).as(path).isEqualTo(100000);
			assertThat(past.path("totalItems").asLong()).as(path).isGreaterThanOrEqualTo(total);
		}
		assertThat(checked).as("lists read")
			.contains("/api/v1/plans", "/api/v1/key-areas", "/api/v1/accommodations", "/api/v1/admin-units",
					"/api/v1/streets/repeat-offenders", "/api/v1/team-kinds");
	}

	private JsonNode read(String path, String page, String size) throws Exception {
		var response = this.mvc
			.perform(get(path).param("page", page)
				.param("size", size)
				.header(HttpHeaders.AUTHORIZATION, "Bearer demo-admin"))
			.andReturn()
			.getResponse();
		if (response.getStatus() != 200) {
			assertThat(response.getStatus()).as(path + " as the administrator").isIn(403);
			return null;
		}
		return this.json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
	}

	private static boolean requiresParameters(JsonNode operation) {
		boolean[] required = { false };
		operation.path("parameters").forEach((parameter) -> {
			if (parameter.path("required").asBoolean(false)) {
				required[0] = true;
			}
		});
		return required[0];
	}

	private static boolean answersArray(JsonNode operation) {
		boolean[] array = { false };
		operation.path("responses").path("200").path("content").forEach((media) -> {
			if ("array".equals(media.path("schema").path("type").asString())) {
				array[0] = true;
			}
		});
		return array[0];
	}

	private static boolean answersEnvelope(JsonNode operation, JsonNode document) {
		boolean[] envelope = { false };
		operation.path("responses").path("200").path("content").forEach((media) -> {
			String ref = media.path("schema").path("$ref").asString();
			if (ref.startsWith("#/components/schemas/")) {
				JsonNode properties = document.path("components")
					.path("schemas")
					.path(ref.substring("#/components/schemas/".length()))
					.path("properties");
				if (properties.has("items") && properties.has("totalItems")) {
					envelope[0] = true;
				}
			}
		});
		return envelope[0];
	}

	private JsonNode document() throws Exception {
		return this.json.readTree(this.mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
	}

	private Map<String, JsonNode> gets() throws Exception {
		return gets(document());
	}

	/** The GET operations, as "GET path". */
	private static Map<String, JsonNode> gets(JsonNode document) {
		Map<String, JsonNode> gets = new TreeMap<>();
		document.path("paths").properties().forEach((path) -> {
			JsonNode get = path.getValue().path("get");
			if (!get.isMissingNode()) {
				gets.put("GET " + path.getKey(), get);
			}
		});
		return gets;
	}

}

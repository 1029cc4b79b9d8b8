package vn.lachan.shared.paging;

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
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Walks the OpenAPI document: every list the API answers pages and says its total, so no
 * GET answers a bare JSON array, except the few on {@link #BARE_ARRAYS_ALLOWED}, each with
 * its reason. A list answers the shared {@link PageResult} envelope ({@code items},
 * {@code page}, {@code size}, {@code totalItems}) and takes {@code page} and {@code size}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ListEnvelopesIntegrationTests {

	private static final String OPEN311 = "the Open311 GeoReport v2 contract (/work/shared/domain/open311-georeport-v2.md)"
			+ " prescribes a JSON array";

	/** "GET path" → why it answers a bare array. Keep it short. */
	static final Map<String, String> BARE_ARRAYS_ALLOWED = Map.of(
			"GET /open311/v2/services.json", OPEN311,
			"GET /open311/v2/requests.json", OPEN311,
			"GET /open311/v2/requests/{id}.json", OPEN311);

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
		Set<String> offenders = new TreeSet<>(bare);
		offenders.removeAll(BARE_ARRAYS_ALLOWED.keySet());
		assertThat(offenders).as("GETs whose 200 answers a bare array (answer a PageResult with its total)")
			.isEmpty();
		Set<String> stale = new TreeSet<>(BARE_ARRAYS_ALLOWED.keySet());
		stale.removeAll(bare);
		assertThat(stale).as("allowed bare arrays that are not bare arrays (any more)").isEmpty();
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

package vn.lachan.programs;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.lachan.shared.time.VietnamTime;
import vn.lachan.territory.TerritoryCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.lachan.programs.ProgramsFixtures.as;

/**
 * Key areas over the API: indicators equal a direct count of the tips inside the unit or
 * the polygon (one that cuts a residential group in two), bad polygons and an evaluation
 * dated before the designation are refused and change nothing, the article's two
 * transformed areas.
 */
@SpringBootTest
@AutoConfigureMockMvc
class KeyAreaApiIntegrationTests {

	// The southern half of the demo tips of Vị Hoàng (around 20.4374, 106.1829)
	static final double SOUTH = 20.4340;

	static final double NORTH = 20.4374;

	static final double WEST = 106.1795;

	static final double EAST = 106.1865;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TerritoryCatalog territory;

	long viHoang;

	@BeforeEach
	void unit() {
		this.viHoang = ProgramsFixtures.unit(this.territory, "13639");
	}

	@Test
	void indicatorsEqualADirectCountInsideAPolygonThatCutsAGroupInTwo() throws Exception {
		String polygon = rectangle(WEST, SOUTH, EAST, NORTH);
		long id = designate(this.viHoang, "2022-01-01", polygon);
		LocalDate from = LocalDate.of(2021, 1, 1);
		LocalDate to = LocalDate.of(2022, 1, 1);
		String answer = this.mvc
			.perform(as("committee", get("/api/v1/key-areas/{id}/indicators", id)).param("asOf", "2022-03-31"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Map<String, Long> baseline = counts(from, to, true);
		Map<String, Long> current = counts(to, LocalDate.of(2022, 4, 1), true);
		assertThat(baseline).isNotEmpty();
		assertThat(numbers(JsonPath.read(answer, "$.baselineTips"))).isEqualTo(baseline);
		assertThat(numbers(JsonPath.read(answer, "$.currentTips"))).isEqualTo(current);
		// The polygon cuts at least one residential group in two: some of its tips
		// inside, some outside
		long cut = this.jdbc.sql("""
				SELECT COUNT(*) FROM (SELECT group_id FROM tip WHERE unit_id = :unit AND group_id IS NOT NULL
				  AND latitude IS NOT NULL GROUP BY group_id
				  HAVING SUM(CASE WHEN latitude BETWEEN :s AND :n AND longitude BETWEEN :w AND :e THEN 1 ELSE 0 END) > 0
				  AND SUM(CASE WHEN latitude BETWEEN :s AND :n AND longitude BETWEEN :w AND :e THEN 0 ELSE 1 END) > 0) g
				""")
			.params(Map.of("unit", this.viHoang, "s", SOUTH, "n", NORTH, "w", WEST, "e", EAST))
			.query(Long.class)
			.single();
		assertThat(cut).isPositive();

		long whole = designate(this.viHoang, "2022-01-01", null);
		String unitWide = this.mvc
			.perform(as("committee", get("/api/v1/key-areas/{id}/indicators", whole)).param("asOf", "2022-03-31"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(numbers(JsonPath.read(unitWide, "$.baselineTips"))).isEqualTo(counts(from, to, false));
		this.mvc.perform(as("thongnhat", get("/api/v1/key-areas/{id}/indicators", whole)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aPolygonCrossingItselfOrOutsideTheUnitAndAnEvaluationBeforeTheDesignationAreRefused() throws Exception {
		long before = ProgramsFixtures.count(this.jdbc, "programs_key_area");
		String bowtie = "{\"type\":\"Polygon\",\"coordinates\":[[[106.180,20.435],[106.185,20.438],"
				+ "[106.185,20.435],[106.180,20.438],[106.180,20.435]]]}";
		this.mvc
			.perform(as("committee", post("/api/v1/key-areas")).contentType(MediaType.APPLICATION_JSON)
				.content(designation(this.viHoang, "2022-01-01", bowtie)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("polygon"))
			.andExpect(jsonPath("$.errors[0].code").value("selfIntersecting"))
			.andExpect(jsonPath("$.errors[0].message").value("Đa giác tự cắt: các cạnh không được cắt nhau."));
		this.mvc
			.perform(as("committee", post("/api/v1/key-areas")).contentType(MediaType.APPLICATION_JSON)
				.content(designation(this.viHoang, "2022-01-01", rectangle(105.80, 21.00, 105.85, 21.05))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("outsideUnit"));
		assertThat(ProgramsFixtures.count(this.jdbc, "programs_key_area")).isEqualTo(before);

		long id = designate(this.viHoang, "2022-01-10", null);
		this.mvc
			.perform(as("committee", post("/api/v1/key-areas/{id}/transforming", id))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"measures\":\"Tuần tra, kiểm soát\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.keyArea.status").value("TRANSFORMING"));
		this.mvc
			.perform(as("committee", post("/api/v1/key-areas/{id}/evaluation", id))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"transformed\":true,\"number\":\"99/QĐ-BCĐ\",\"decidedOn\":\"2021-12-31\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("decidedOn"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("Ngày quyết định đánh giá không được trước ngày quyết định xác định địa bàn."));
		this.mvc.perform(as("committee", get("/api/v1/key-areas/{id}", id)))
			.andExpect(jsonPath("$.keyArea.status").value("TRANSFORMING"))
			.andExpect(jsonPath("$.keyArea.evaluationNumber").doesNotExist());
	}

	@Test
	void namPhongAndMyXaAreTransformed() throws Exception {
		this.mvc.perform(as("committee", get("/api/v1/key-areas")).param("size", "200"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").isNumber())
			.andExpect(jsonPath("$.items[?(@.keyArea.status == 'TRANSFORMED')].unit",
					containsInAnyOrder("Xã Nam Phong", "Phường Mỹ Xá")));
	}

	private long designate(long unit, String on, String polygon) throws Exception {
		String body = this.mvc
			.perform(as("committee", post("/api/v1/key-areas")).contentType(MediaType.APPLICATION_JSON)
				.content(designation(unit, on, polygon)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.keyArea.id")).longValue();
	}

	private static String designation(long unit, String on, String polygon) {
		String geo = (polygon == null) ? "null" : "\"" + polygon.replace("\"", "\\\"") + "\"";
		return """
				{"unitId":%d,"kind":"social-order","decisionNumber":"T-%d","decidedOn":"%s",
				 "issuer":"Ban Chỉ đạo 138 tỉnh Nam Định","year":2022,"polygon":%s}
				""".formatted(unit, System.nanoTime(), on, geo);
	}

	private static String rectangle(double west, double south, double east, double north) {
		return "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}}"
			.formatted(west, south, east, south, east, north, west, north, west, south);
	}

	private Map<String, Long> counts(LocalDate from, LocalDate to, boolean inside) {
		String where = inside ? " AND latitude BETWEEN :s AND :n AND longitude BETWEEN :w AND :e" : "";
		Map<String, Object> params = new HashMap<>(Map.of("unit", this.viHoang, "s", SOUTH, "n", NORTH, "w", WEST, "e",
				EAST, "from", Timestamp.from(from.atStartOfDay(VietnamTime.ZONE).toInstant()), "to",
				Timestamp.from(to.atStartOfDay(VietnamTime.ZONE).toInstant())));
		Map<String, Long> counts = new HashMap<>();
		this.jdbc
			.sql("SELECT category_code, COUNT(*) FROM tip WHERE unit_id = :unit AND latitude IS NOT NULL"
					+ " AND longitude IS NOT NULL AND received_at >= :from AND received_at < :to" + where
					+ " GROUP BY category_code")
			.params(params)
			.query((rs) -> {
				counts.put(rs.getString(1), rs.getLong(2));
			});
		return counts;
	}

	private static Map<String, Long> numbers(Map<String, Object> json) {
		Map<String, Long> counts = new HashMap<>();
		json.forEach((key, value) -> counts.put(key, ((Number) value).longValue()));
		return counts;
	}

}

package vn.lachan.programs;

import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import vn.lachan.territory.TerritoryFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.lachan.programs.ProgramsFixtures.as;

/**
 * The programs' figures through reports, by API and on the committee's dashboard: the
 * models where the article says they run, Nam Phong and Mỹ Xá transformed, Thống Nhất and
 * Vị Hoàng recognised as model wards for urban order.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProgramsDashboardIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theArticlesModelsKeyAreasAndModelWardsByApiAndOnTheDashboard() throws Exception {
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			String figures = this.mvc.perform(as("committee", get("/api/v1/statistics/programs")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat((List<String>) JsonPath.read(figures, "$.transformedAreas"))
				.containsExactlyInAnyOrder("Xã Nam Phong", "Phường Mỹ Xá");
			assertThat((List<String>) JsonPath.read(figures, "$.modelWards[*].unit"))
				.containsExactlyInAnyOrder("Phường Thống Nhất", "Phường Vị Hoàng");
			assertThat((List<String>) JsonPath.read(figures, "$.models[?(@.modelCode == '3-quan-3-biet')].units[*]"))
				.containsExactly("Phường Mỹ Xá");
			assertThat((List<String>) JsonPath.read(figures, "$.models[?(@.modelCode == 'to-lien-ket-pcmt')].units[*]"))
				.containsExactly("Xã Nam Phong");
			List<String> twoTwo = JsonPath.read(figures, "$.models[?(@.modelCode == '2-tu-quan-2-chu-dong')].units[*]");
			assertThat(twoTwo).hasSize(25);
			assertThat(twoTwo.subList(0, 2)).containsExactlyInAnyOrder("Phường Ngô Quyền", "Phường Lộc Hạ");
		});
		Cookie session = TerritoryFixtures.signIn(this.mvc, "committee");
		String page = this.mvc.perform(get("/console").cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(section(page, "programs-transformed")).contains("Xã Nam Phong").contains("Phường Mỹ Xá");
		assertThat(section(page, "programs-model-wards")).contains("Phường Thống Nhất")
			.contains("Phường Vị Hoàng")
			.contains("Phường điển hình về trật tự đô thị");
		assertThat(section(page, "model-3-quan-3-biet")).contains("Phường Mỹ Xá");
		assertThat(section(page, "model-to-lien-ket-pcmt")).contains("Xã Nam Phong");
		assertThat(section(page, "model-2-tu-quan-2-chu-dong")).contains("Phường Ngô Quyền").contains("Phường Lộc Hạ");
	}

	private static String section(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).as("element %s on the dashboard", id).isPositive();
		int end = page.indexOf("</ul>", start);
		int li = page.indexOf("</li>", start);
		return page.substring(start, (id.startsWith("model-") && li > 0) ? li : end);
	}

}

package vn.lachan.territory;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.lachan.territory.TerritoryFixtures.AUTUMN_2024;
import static vn.lachan.territory.TerritoryFixtures.SPRING_2022;
import static vn.lachan.territory.TerritoryFixtures.SUMMER_2025;

/**
 * The administrative geography as of a date, by the catalog and by the API, and the demo
 * city's residential groups.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TerritoryCatalogIntegrationTests {

	@Autowired
	TerritoryCatalog catalog;

	@Autowired
	MockMvc mvc;

	@Test
	void namDinhCityHas25UnitsIn2022And21In2024() {
		AdminUnitSummary city = this.catalog.findUnitByCode("356", SPRING_2022).orElseThrow();
		assertThat(this.catalog.findUnitByCode("356", AUTUMN_2024)).contains(city);
		assertThat(unitsUnder(city.id(), SPRING_2022)).hasSize(25)
			.allSatisfy((unit) -> assertThat(unit.level()).isEqualTo(AdminLevel.COMMUNE));
		assertThat(unitsUnder(city.id(), AUTUMN_2024)).hasSize(21);
		assertThat(unitsUnder(city.id(), SUMMER_2025)).isEmpty();
		assertThat(this.catalog.findUnitByCode("356", SUMMER_2025)).isEmpty();
	}

	@Test
	void ninhBinhProvinceHasTheEightWardsOn20250701() {
		AdminUnitSummary province = this.catalog.findUnitByCode("37", SUMMER_2025).orElseThrow();
		assertThat(province.name()).isEqualTo("Tỉnh Ninh Bình");
		assertThat(unitsUnder(province.id(), SUMMER_2025)).extracting(AdminUnitSummary::name)
			.containsExactlyInAnyOrder("Phường Nam Định", "Phường Thiên Trường", "Phường Đông A", "Phường Vị Khê",
					"Phường Thành Nam", "Phường Trường Thi", "Phường Hồng Quang", "Phường Mỹ Lộc");
		assertThat(this.catalog.successionsOf(province.id()))
			.anySatisfy((succession) -> assertThat(succession.predecessorName()).isEqualTo("Tỉnh Nam Định"));
	}

	@Test
	void code13669HasADifferentNameOnEachDate() {
		assertThat(nameOf("13669", SPRING_2022)).isEqualTo("Phường Trần Đăng Ninh");
		assertThat(nameOf("13669", AUTUMN_2024)).isEqualTo("Phường Cửa Bắc");
		assertThat(nameOf("13669", SUMMER_2025)).isEqualTo("Phường Nam Định");
	}

	@Test
	void theApiAnswersTheSameUnitsAsOfADate() throws Exception {
		AdminUnitSummary city = this.catalog.findUnitByCode("356", SPRING_2022).orElseThrow();
		AdminUnitSummary province = this.catalog.findUnitByCode("37", SUMMER_2025).orElseThrow();
		this.mvc.perform(api("/api/v1/admin-units?parent={p}&on=2022-04-01", city.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(25))
			.andExpect(jsonPath("$.items", hasSize(20)));
		this.mvc.perform(api("/api/v1/admin-units?parent={p}&on=2022-04-01&page=1", city.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(25))
			.andExpect(jsonPath("$.items", hasSize(5)));
		this.mvc.perform(api("/api/v1/admin-units?parent={p}&on=2024-09-01&size=50", city.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(21))
			.andExpect(jsonPath("$.items", hasSize(21)));
		this.mvc.perform(api("/api/v1/admin-units?parent={p}&on=2025-07-01", province.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(8))
			.andExpect(jsonPath("$.items", hasSize(8)));
		for (String[] expected : new String[][] { { "2022-04-01", "Phường Trần Đăng Ninh" },
				{ "2024-09-01", "Phường Cửa Bắc" }, { "2025-07-01", "Phường Nam Định" } }) {
			this.mvc.perform(api("/api/v1/admin-units?q=13669&on={on}", expected[0]))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.totalItems").value(1))
				.andExpect(jsonPath("$.items[0].name").value(expected[1]));
		}
	}

	@Test
	void theApiFindsUnitsWithDiacriticsFolded() throws Exception {
		this.mvc.perform(api("/api/v1/admin-units?q=tran dang ninh&on=2022-04-01"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].name", hasItem("Phường Trần Đăng Ninh")));

	}

	@Test
	void theDemoCityHasTheArticlesResidentialGroups() {
		AdminUnitSummary viHoang = TerritoryFixtures.ward(this.catalog, TerritoryFixtures.VI_HOANG);
		AdminUnitSummary thongNhat = TerritoryFixtures.ward(this.catalog, TerritoryFixtures.THONG_NHAT);
		assertThat(viHoang.name()).isEqualTo("Phường Vị Hoàng");
		// other tests may add groups of their own to Vị Hoàng; the article's are the
		// numbered ones
		assertThat(this.catalog.groupsOf(viHoang.id()))
			.filteredOn((group) -> group.name().matches("Tổ dân phố số \\d+"))
			.hasSize(7);
		List<ResidentialGroupSummary> groups = this.catalog.groupsOf(thongNhat.id());
		assertThat(groups.stream().mapToInt(ResidentialGroupSummary::households).sum()).isEqualTo(2078);
		assertThat(groups.stream().mapToInt(ResidentialGroupSummary::residents).sum()).isEqualTo(8389);
	}

	private List<AdminUnitSummary> unitsUnder(long parentId, LocalDate on) {
		return this.catalog.findUnits(new UnitQuery(parentId, null, on, null));
	}

	private String nameOf(String code, LocalDate on) {
		return this.catalog.findUnitByCode(code, on).orElseThrow().name();
	}

	private static MockHttpServletRequestBuilder api(String uri, Object... variables) {
		return get(uri, variables).header(HttpHeaders.AUTHORIZATION, "Bearer demo-committee");
	}

}

package vn.lachan.programs;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.lachan.shared.paging.PageResult;
import vn.lachan.territory.TerritoryFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The programs' overview pages its scorecards and key areas and says how many there are;
 * each pager keeps the other list's page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProgramsPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theOverviewPagesItsListsWithTheirTotals() throws Exception {
		Cookie committee = TerritoryFixtures.signIn(this.mvc, "committee");
		long cards = count("programs_scorecard");
		long areas = count("programs_key_area");
		assertThat(cards).isPositive();
		assertThat(areas).isPositive();
		var model = this.mvc.perform(get("/console/programs").param("areasPage", "1").cookie(committee))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel();
		PageResult<?> scorecards = (PageResult<?>) model.get("scorecards");
		PageResult<?> keyAreas = (PageResult<?>) model.get("keyAreas");
		assertThat(scorecards.totalItems()).isEqualTo(cards);
		assertThat(scorecards.page()).isZero();
		assertThat(scorecards.items()).hasSize((int) Math.min(cards, 20));
		assertThat(keyAreas.totalItems()).isEqualTo(areas);
		assertThat(keyAreas.page()).isEqualTo(1);
		assertThat(keyAreas.items()).hasSize((int) Math.max(0, Math.min(areas - 20, 20)));
		assertThat(model.get("cardsBase")).isEqualTo("/console/programs?areasPage=1&");
		assertThat(model.get("areasBase")).isEqualTo("/console/programs?cardsPage=0&");
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

}

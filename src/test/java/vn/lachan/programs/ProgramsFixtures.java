package vn.lachan.programs;

import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.lachan.shared.DemoData;
import vn.lachan.territory.TerritoryCatalog;

/**
 * Units of the demo city and requests signed with the demo accounts' API tokens.
 */
final class ProgramsFixtures {

	private ProgramsFixtures() {
	}

	static long unit(TerritoryCatalog territory, String code) {
		return territory.findUnitByCode(code, DemoData.AS_OF).orElseThrow().id();
	}

	static MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.header(HttpHeaders.AUTHORIZATION, "Bearer demo-" + username);
	}

	/**
	 * Removes the scorecards a test opens itself, so that it can run again on PostgreSQL.
	 */
	static void removeScorecards(JdbcClient jdbc, long unitId, String setCode) {
		jdbc.sql("DELETE FROM programs_score WHERE scorecard_id IN (SELECT id FROM programs_scorecard"
				+ " WHERE unit_id = :unit AND set_code = :code)")
			.param("unit", unitId)
			.param("code", setCode)
			.update();
		jdbc.sql("DELETE FROM programs_scorecard WHERE unit_id = :unit AND set_code = :code")
			.param("unit", unitId)
			.param("code", setCode)
			.update();
	}

	static long count(JdbcClient jdbc, String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

}

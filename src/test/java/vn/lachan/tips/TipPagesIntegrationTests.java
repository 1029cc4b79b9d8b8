package vn.lachan.tips;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.lachan.access.AccessCatalog;
import vn.lachan.forces.ForcesCatalog;
import vn.lachan.forces.TeamSummary;
import vn.lachan.shared.DemoData;
import vn.lachan.shared.security.Role;
import vn.lachan.territory.TerritoryCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The console's tip pages: inbox, tip page with transitions as forms, the thread, the
 * audited reporter identity, the map data, scope.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TipPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TerritoryCatalog territory;

	@Autowired
	AccessCatalog accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ForcesCatalog forces;

	Cookie signIn(String username) throws Exception {
		return this.mvc.perform(formLogin("/login").user(username).password(DemoData.PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	long publicTip(String marker, boolean anonymous) throws Exception {
		long viHoang = this.territory.findUnitByCode("13639", DemoData.AS_OF).orElseThrow().id();
		String body = this.mvc
			.perform(post("/api/v1/public/tips").contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"categoryCode": "noise", "description": "Hát karaoke %s", "unitId": %d, "latitude": 20.4371,
								 "longitude": 106.1822, "anonymous": %s, "reporterName": "Lê Văn C", "reporterContact": "0900000001"}"""
							.formatted(marker, viHoang, anonymous))
				.with(PublicTipFixtures.newClient()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String receipt = JsonPath.read(body, "$.receipt");
		return this.jdbc.sql("SELECT id FROM tip WHERE receipt_code = :r")
			.param("r", receipt)
			.query(Long.class)
			.single();
	}

	@Test
	void theWardWorksATipThroughItsPage() throws Exception {
		String marker = "Hẻm" + UUID.randomUUID().toString().substring(0, 8);
		long id = publicTip(marker, true);
		Cookie officer = signIn("vihoang");
		this.mvc.perform(get("/console/tips").param("q", marker.toLowerCase().replace("ẻ", "e")).cookie(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-tip-id=\"" + id + "\"")));
		this.mvc.perform(get("/console/tips/" + id).cookie(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(marker)))
			.andExpect(content().string(containsString("id=\"assign-form\"")))
			.andExpect(content().string(containsString("id=\"ask-form\"")))
			.andExpect(content().string(containsString("/console/cameras/requests/new?tip=" + id)));
		this.mvc
			.perform(
					post("/console/tips/" + id + "/messages").param("body", "Nhà số mấy?").cookie(officer).with(csrf()))
			.andExpect(redirectedUrl("/console/tips/" + id));
		long area = this.accounts
			.accountsOf(Role.AREA_OFFICER, this.territory.findUnitByCode("13639", DemoData.AS_OF).orElseThrow().id())
			.get(0)
			.id();
		this.mvc
			.perform(post("/console/tips/" + id + "/assignment").param("accountId", String.valueOf(area))
				.cookie(officer)
				.with(csrf()))
			.andExpect(redirectedUrl("/console/tips/" + id));
		this.mvc.perform(post("/console/tips/" + id + "/verification").cookie(officer).with(csrf()))
			.andExpect(redirectedUrl("/console/tips/" + id));
		this.mvc
			.perform(post("/console/tips/" + id + "/resolution").param("kind", "ADMINISTRATIVE_SANCTION", "")
				.param("offenceCategory", "noise", "")
				.param("cases", "1", "1")
				.param("suspects", "1", "0")
				.cookie(officer)
				.with(csrf()))
			.andExpect(redirectedUrl("/console/tips/" + id));
		this.mvc.perform(get("/console/tips/" + id).cookie(officer))
			.andExpect(content().string(containsString("data-status=\"RESOLVED\"")))
			.andExpect(content().string(containsString("Nhà số mấy?")))
			.andExpect(content().string(containsString("id=\"tip-outcomes\"")));
		// a refused transition comes back as a message on the page
		this.mvc.perform(post("/console/tips/" + id + "/verification").cookie(officer).with(csrf()))
			.andExpect(redirectedUrl("/console/tips/" + id))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("error", containsString("RESOLVED")));
	}

	@Test
	void theWardAssignsATipToOneOfItsTeams() throws Exception {
		long id = publicTip("Đội" + UUID.randomUUID().toString().substring(0, 8), true);
		Cookie officer = signIn("vihoang");
		TeamSummary team = this.forces
			.teamsOf(this.territory.findUnitByCode("13639", DemoData.AS_OF).orElseThrow().id())
			.get(0);
		this.mvc.perform(get("/console/tips/" + id).cookie(officer))
			.andExpect(content().string(containsString("id=\"assign-team-form\"")))
			.andExpect(content().string(containsString("value=\"" + team.id() + "\"")));
		this.mvc
			.perform(post("/console/tips/" + id + "/assignment").param("teamId", String.valueOf(team.id()))
				.cookie(officer)
				.with(csrf()))
			.andExpect(redirectedUrl("/console/tips/" + id));
		this.mvc.perform(get("/console/tips/" + id).cookie(officer))
			.andExpect(content().string(containsString("data-status=\"ASSIGNED\"")))
			.andExpect(content().string(containsString("id=\"tip-assignee\">" + team.name() + "</dd>")));
	}

	@Test
	void theReportersIdentityIsShownToTheWardOfficerAndAudited() throws Exception {
		long id = publicTip(UUID.randomUUID().toString(), false);
		Cookie officer = signIn("vihoang");
		long before = audits(id);
		this.mvc.perform(get("/console/tips/" + id).cookie(officer))
			.andExpect(content().string(not(containsString("Lê Văn C"))));
		this.mvc
			.perform(post("/console/tips/" + id + "/reporter").param("purpose", "gọi lại").cookie(officer).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lê Văn C")));
		assertThat(audits(id)).isEqualTo(before + 1);
		Cookie committee = signIn("committee");
		this.mvc.perform(get("/console/tips/" + id).cookie(committee))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"reporter-identity\""))));
		this.mvc.perform(post("/console/tips/" + id + "/reporter").param("purpose", "x").cookie(committee).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void anotherWardsOfficerDoesNotFindTheTipAndTheMapShowsOnlyOnesOwn() throws Exception {
		String marker = UUID.randomUUID().toString();
		long id = publicTip(marker, true);
		Cookie other = signIn("thongnhat");
		this.mvc.perform(get("/console/tips/" + id).cookie(other)).andExpect(status().isNotFound());
		this.mvc.perform(get("/console/tips/map/data").cookie(other))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + id + ")]").isEmpty());
		Cookie officer = signIn("vihoang");
		this.mvc.perform(get("/console/tips/map/data").cookie(officer))
			.andExpect(jsonPath("$[?(@.id == " + id + ")].category").value(org.hamcrest.Matchers.hasItem("Gây ồn ào")));
		this.mvc.perform(get("/console/tips/map").cookie(officer)).andExpect(status().isOk());
	}

	@Test
	void aForceMemberEntersATipFromTheFieldAndAnOfficerAPhoneTip() throws Exception {
		Cookie member = signIn("totruong");
		this.mvc.perform(get("/console/tips/new").cookie(member))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"receivedAt\""))));
		String marker = UUID.randomUUID().toString();
		String location = this.mvc
			.perform(post("/console/tips/new").param("channel", "FIELD")
				.param("categoryCode", "fight")
				.param("description", "Hai nhóm thanh niên cãi nhau " + marker)
				.param("idempotencyKey", marker)
				.cookie(member)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/console/tips/");
		this.mvc.perform(get(location).cookie(member))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(marker)));
		Cookie officer = signIn("vihoang");
		this.mvc
			.perform(post("/console/tips/new").param("channel", "PHONE")
				.param("categoryCode", "theft")
				.param("description", "Báo mất trộm qua điện thoại " + marker)
				.cookie(officer)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ghi thông tin người báo tin hoặc lý do")));
		this.mvc
			.perform(post("/console/tips/new").param("channel", "PHONE")
				.param("categoryCode", "theft")
				.param("description", "Báo mất trộm qua điện thoại " + marker)
				.param("receivedAt", "2024-02-03T08:15")
				.param("withheldReason", "Người báo không muốn nêu tên")
				.cookie(officer)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("SELECT received_at FROM tip WHERE description = :d")
			.param("d", "Báo mất trộm qua điện thoại " + marker)
			.query(java.time.OffsetDateTime.class)
			.single()
			.toInstant()).isEqualTo(java.time.Instant.parse("2024-02-03T01:15:00Z"));
	}

	private long audits(long tipId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE record_type = 'tip-reporter' AND record_id = :id")
			.param("id", String.valueOf(tipId))
			.query(Long.class)
			.single();
	}

}

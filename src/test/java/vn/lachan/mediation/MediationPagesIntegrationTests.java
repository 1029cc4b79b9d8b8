package vn.lachan.mediation;

import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.lachan.shared.DemoData;
import vn.lachan.shared.crypto.FieldEncryptor;
import vn.lachan.shared.time.VietnamTime;
import vn.lachan.territory.TerritoryCatalog;
import vn.lachan.territory.TerritoryFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The mediator's console pages, signed in through the real login form: bad input re-shows
 * the form with its message and changes nothing, another ward's officer and other roles
 * get 404, the parties' details show only with a stated purpose and every read is
 * audited, the list searches and counts.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MediationPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FieldEncryptor encryptor;

	@Autowired
	TerritoryCatalog territory;

	long viHoang() {
		return this.territory.findUnitByCode("13639", DemoData.AS_OF).orElseThrow().id();
	}

	long team() {
		return this.jdbc.sql("SELECT MIN(id) FROM forces_team WHERE unit_id = :unit AND kind_code = 'MEDIATION'")
			.param("unit", viHoang())
			.query(Long.class)
			.single();
	}

	long mediator() {
		return this.jdbc.sql("""
				SELECT MIN(person_id) FROM forces_membership WHERE team_id = :team AND left_on IS NULL""")
			.param("team", team())
			.query(Long.class)
			.single();
	}

	long otherWardPerson() {
		long thongNhat = this.territory.findUnitByCode("13681", DemoData.AS_OF).orElseThrow().id();
		return this.jdbc.sql("""
				SELECT MIN(m.person_id) FROM forces_membership m JOIN forces_team t ON t.id = m.team_id
				WHERE t.unit_id = :unit""").param("unit", thongNhat).query(Long.class).single();
	}

	long count(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	static LocalDate today() {
		return LocalDate.now(VietnamTime.ZONE);
	}

	MockHttpServletRequestBuilder newCase(Cookie session, String summary, long mediatorId) {
		return post("/console/mediation/new").cookie(session)
			.with(csrf())
			.param("teamId", Long.toString(team()))
			.param("grounds", "PARTY_REQUEST")
			.param("kind", "NEIGHBOURS")
			.param("receivedOn", today().minusDays(2).toString())
			.param("summary", summary)
			.param("firstName", "Trịnh Văn Trang")
			.param("firstContact", "0912000222")
			.param("secondName", "Hà Thị Trang")
			.param("mediatorIds", Long.toString(mediatorId));
	}

	long open(Cookie session, String summary) throws Exception {
		String location = this.mvc.perform(newCase(session, summary, mediator()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/console/mediation/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	@Test
	void badInputReShowsTheFormWithAClearMessageAndChangesNothing() throws Exception {
		Cookie mediator = TerritoryFixtures.signIn(this.mvc, "hoagiai");
		long cases = count("mediation_case");
		long parties = count("mediation_party");
		this.mvc.perform(newCase(mediator, "x".repeat(5000), mediator()))
			.andExpect(status().isOk())
			.andExpect(view().name("mediation/new"))
			.andExpect(model().attributeHasFieldErrors("caseForm", "summary"))
			.andExpect(content().string(containsString("Nội dung chính dài quá 2.000 ký tự.")));
		this.mvc.perform(newCase(mediator, "Tranh chấp lối đi chung", otherWardPerson()))
			.andExpect(status().isOk())
			.andExpect(view().name("mediation/new"))
			.andExpect(model().attributeHasFieldErrors("caseForm", "mediatorIds"))
			.andExpect(content().string(containsString("phải là thành viên đang hoạt động của tổ hòa giải này")))
			.andExpect(content().string(containsString("Tranh chấp lối đi chung")));
		assertThat(count("mediation_case")).isEqualTo(cases);
		assertThat(count("mediation_party")).isEqualTo(parties);

		long id = open(mediator, "Tranh chấp nước thải chảy sang nhà bên");
		long sessions = count("mediation_session");
		this.mvc
			.perform(post("/console/mediation/{id}/sessions", id).cookie(mediator)
				.with(csrf())
				.param("heldOn", today().minusDays(5).toString())
				.param("place", "Nhà văn hóa")
				.param("attendees", "Hai bên"))
			.andExpect(status().isOk())
			.andExpect(view().name("mediation/case"))
			.andExpect(model().attributeHasFieldErrors("sessionForm", "heldOn"))
			.andExpect(content().string(containsString("Buổi hòa giải không được trước ngày tiếp nhận vụ việc.")));
		assertThat(count("mediation_session")).isEqualTo(sessions);
		this.mvc
			.perform(post("/console/mediation/{id}/outcome", id).cookie(mediator)
				.with(csrf())
				.param("status", "SUCCEEDED")
				.param("closedOn", today().toString())
				.param("written", "true")
				.param("agreementGrounds", "Các bên yêu cầu"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("outcomeForm", "agreementSolution"))
			.andExpect(content().string(containsString("Cần ghi nội dung này của văn bản hòa giải thành.")));
		this.mvc
			.perform(post("/console/mediation/{id}/outcome", id).cookie(mediator)
				.with(csrf())
				.param("status", "SUCCEEDED")
				.param("closedOn", today().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chưa ghi buổi hòa giải nào nên chưa thể ghi hòa giải thành.")));
		assertThat(this.jdbc.sql("SELECT status FROM mediation_case WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("OPEN");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM mediation_agreement WHERE case_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anotherWardsOfficerAndOtherRolesGet404OnPagesAndExports() throws Exception {
		Cookie mediator = TerritoryFixtures.signIn(this.mvc, "hoagiai");
		long id = open(mediator, "Mâu thuẫn về cây xanh che lối đi");
		Cookie thongNhat = TerritoryFixtures.signIn(this.mvc, "thongnhat");
		this.mvc.perform(get("/console/mediation/{id}", id).cookie(thongNhat)).andExpect(status().isNotFound());
		long sessions = count("mediation_session");
		this.mvc
			.perform(post("/console/mediation/{id}/sessions", id).cookie(thongNhat)
				.with(csrf())
				.param("heldOn", today().toString())
				.param("place", "Nhà văn hóa")
				.param("attendees", "Hai bên"))
			.andExpect(status().isNotFound());
		assertThat(count("mediation_session")).isEqualTo(sessions);
		this.mvc
			.perform(post("/console/mediation/{id}/parties", id).cookie(thongNhat).with(csrf()).param("purpose", "xem"))
			.andExpect(status().isNotFound());
		String unit = Long.toString(viHoang());
		this.mvc.perform(get("/console/mediation").param("unit", unit).cookie(thongNhat))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/console/mediation/register.xlsx").param("unit", unit).cookie(thongNhat))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/console/mediation/register.pdf").param("unit", unit).cookie(thongNhat))
			.andExpect(status().isNotFound());
		// the ward's area officer is not on the case's team nor an officer of the ward's
		// mediation
		Cookie areaOfficer = TerritoryFixtures.signIn(this.mvc, "khuvuc");
		this.mvc.perform(get("/console/mediation/{id}", id).cookie(areaOfficer)).andExpect(status().isNotFound());
		this.mvc.perform(get("/console/mediation/register.xlsx").cookie(areaOfficer)).andExpect(status().isNotFound());
		Cookie officer = TerritoryFixtures.signIn(this.mvc, "vihoang");
		this.mvc.perform(get("/console/mediation/{id}", id).cookie(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mâu thuẫn về cây xanh che lối đi")));
	}

	@Test
	void thePartiesShowOnlyWithAStatedPurposeAndEveryReadIsAudited() throws Exception {
		Cookie mediator = TerritoryFixtures.signIn(this.mvc, "hoagiai");
		long id = open(mediator, "Tranh chấp tiền góp họ");
		this.mvc.perform(get("/console/mediation/{id}", id).cookie(mediator))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Trịnh Văn Trang"))));
		long audits = audits(id);
		this.mvc
			.perform(post("/console/mediation/{id}/parties", id).cookie(mediator).with(csrf()).param("purpose", " "))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("purposeForm", "purpose"))
			.andExpect(content().string(containsString("Cần ghi mục đích xem thông tin.")))
			.andExpect(content().string(not(containsString("Trịnh Văn Trang"))));
		assertThat(audits(id)).isEqualTo(audits);
		this.mvc
			.perform(post("/console/mediation/{id}/parties", id).cookie(mediator)
				.with(csrf())
				.param("purpose", "Mời các bên đến buổi hòa giải"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trịnh Văn Trang")))
			.andExpect(content().string(containsString("0912000222")));
		assertThat(this.jdbc.sql("""
				SELECT purpose FROM audit_event
				WHERE record_type = 'mediation-party' AND record_id = :id AND actor_username = 'hoagiai'""")
			.param("id", Long.toString(id))
			.query(String.class)
			.list()).containsExactly("Mời các bên đến buổi hòa giải");
	}

	@Test
	void theAgreementsPartsNamingThePartiesAreSealedAndShowOnlyWithAStatedPurpose() throws Exception {
		Cookie mediator = TerritoryFixtures.signIn(this.mvc, "hoagiai");
		Map<String, Object> agreement = this.jdbc.sql("""
				SELECT a.case_id, a.parties_encrypted FROM mediation_agreement a
				JOIN mediation_case c ON c.id = a.case_id WHERE c.unit_id = :unit ORDER BY a.case_id""")
			.param("unit", viHoang())
			.query()
			.listOfRows()
			.get(0);
		long id = ((Number) agreement.get("case_id")).longValue();
		String sealed = (String) agreement.get("parties_encrypted");
		String parties = this.encryptor.decrypt(sealed);
		assertThat(parties).contains(" và ");
		assertThat(sealed).doesNotContain(parties.substring(0, parties.indexOf(" và ")));
		this.mvc.perform(get("/console/mediation/{id}", id).cookie(mediator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hiện khi xem thông tin các bên")))
			.andExpect(content().string(not(containsString(parties))));
		this.mvc
			.perform(post("/console/mediation/{id}/parties", id).cookie(mediator)
				.with(csrf())
				.param("purpose", "Kiểm tra việc thực hiện thỏa thuận"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(parties)));
		assertThat(this.jdbc.sql("""
				SELECT purpose FROM audit_event
				WHERE record_type = 'mediation-agreement' AND record_id = :id AND actor_username = 'hoagiai'""")
			.param("id", Long.toString(id))
			.query(String.class)
			.list()).containsExactly("Kiểm tra việc thực hiện thỏa thuận");
	}

	@Test
	void theListSearchesTheTeamsCasesAndShowsTheTotal() throws Exception {
		Cookie mediator = TerritoryFixtures.signIn(this.mvc, "hoagiai");
		String marker = "Tranh chấp ranh giới vườn số " + System.nanoTime();
		open(mediator, marker);
		this.mvc.perform(get("/console/mediation").param("q", marker).cookie(mediator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(marker)))
			.andExpect(content().string(containsString("1 vụ việc")));
		long open = this.jdbc.sql("SELECT COUNT(*) FROM mediation_case WHERE team_id = :team AND status = 'OPEN'")
			.param("team", team())
			.query(Long.class)
			.single();
		this.mvc.perform(get("/console/mediation").param("status", "OPEN").cookie(mediator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(open + " vụ việc")))
			.andExpect(content().string(not(containsString("Hòa giải thành</span>"))));
		Cookie thongNhat = TerritoryFixtures.signIn(this.mvc, "thongnhat");
		this.mvc.perform(get("/console/mediation").param("q", marker).cookie(thongNhat))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<p class=\"text-muted\" id=\"cases-total\">0 vụ việc</p>")))
			.andExpect(content().string(containsString("Chưa có vụ việc nào.")));
	}

	long audits(long id) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM audit_event WHERE record_type = 'mediation-party' AND record_id = :id")
			.param("id", Long.toString(id))
			.query(Long.class)
			.single();
	}

}

package vn.lachan.forces;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lachan.territory.TerritoryCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.lachan.forces.SignedInClient.encode;

/**
 * The forces' pages over real HTTP: the dashboard's figures, team list and page, scope,
 * rule warnings confirmed on the page, the member page with audited personal details.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ForcesPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TerritoryCatalog territory;

	ForcesFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new ForcesFixtures(this.jdbc, this.territory);
	}

	@Test
	void theCitysDashboardReads581TeamsWith4067Members() throws Exception {
		SignedInClient committee = SignedInClient.signIn(this.port, "committee");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(committee.get("/console").body()).contains("581 tổ, 4.067 thành viên"));
		assertThat(committee.get("/console?lang=en").body()).contains("581 teams, 4,067 members");
	}

	@Test
	void theTeamListSearchesAndFiltersAndTheTeamPageShowsTheTeam() throws Exception {
		SignedInClient officer = SignedInClient.signIn(this.port, "vihoang");
		HttpResponse<String> list = officer.get("/console/forces/teams?q=" + encode("bao ve") + "&kind=SECURITY");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains(ForcesFixtures.SECURITY_TEAM)
			.doesNotContainPattern("Tổ COVID cộng đồng \\d+ –");
		HttpResponse<String> page = officer.get("/console/forces/teams/" + this.fixtures.securityTeam());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Cảnh sát khu vực Vị Hoàng")
			.contains("Tổ dân phố số 1")
			.contains("Tổ dân phố số 7")
			.contains("Tổ trưởng");
		HttpResponse<String> second = officer.get("/console/forces/teams?kind=COMMUNITY&page=1");
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.body()).containsPattern("Tổ COVID cộng đồng \\d+ –").contains("Trang 2/");
	}

	@Test
	void aViHoangOfficerGets404ForAThongNhatTeamPageAndItsForms() throws Exception {
		long team = this.fixtures.thongNhatTeam();
		SignedInClient officer = SignedInClient.signIn(this.port, "vihoang");
		assertThat(officer.get("/console/forces/teams/" + team).statusCode()).isEqualTo(404);
		assertThat(officer.get("/console/forces/teams/" + team + "/edit").statusCode()).isEqualTo(404);
		officer.get("/console/forces/teams");
		assertThat(officer.post("/console/forces/teams/" + team, "kind=COMMUNITY&name=x&foundedOn=2022-01-01")
			.statusCode()).isEqualTo(404);
		assertThat(officer
			.post("/console/forces/teams/" + team + "/members", "fullName=x&sex=MALE&role=MEMBER&joinedOn=2022-01-01")
			.statusCode()).isEqualTo(404);
	}

	@Test
	void emptyTeamAndActivityFormsAnswerInVietnameseNotWithEnglishValidationMessages() throws Exception {
		SignedInClient officer = SignedInClient.signIn(this.port, "vihoang");
		officer.get("/console/forces/teams/new");
		HttpResponse<String> team = officer.post("/console/forces/teams", "kind=&name=&foundedOn=");
		assertThat(team.statusCode()).isEqualTo(200);
		assertThat(team.body()).contains("Trường này").doesNotContain("must not be").doesNotContain("must be");
		officer.get("/console/forces/activities/new");
		HttpResponse<String> activity = officer.post("/console/forces/activities", "place=&participants=");
		assertThat(activity.statusCode()).isEqualTo(200);
		assertThat(activity.body()).contains("Trường này").doesNotContain("must not be").doesNotContain("must be");
	}

	@Test
	void anOfficerFoundsATeamAndConfirmsARuleWarningOnThePage() throws Exception {
		SignedInClient officer = SignedInClient.signIn(this.port, "vihoang");
		officer.get("/console/forces/teams/new");
		String name = ForcesFixtures.unique("Tổ bảo vệ ANTT trang");
		HttpResponse<String> created = officer.post("/console/forces/teams",
				"kind=SECURITY&name=" + encode(name) + "&foundedOn=" + LocalDate.now().minusDays(2));
		assertThat(created.statusCode()).isEqualTo(200);
		assertThat(created.body()).contains(name).contains("Đã thành lập tổ.");
		String path = created.uri().getPath();
		String young = "fullName=" + encode("Hoàng Văn Trẻ") + "&birthDate=" + LocalDate.now().minusYears(17)
				+ "&sex=MALE&role=MEMBER&joinedOn=" + LocalDate.now() + "&residentSince=2010-01-01";
		HttpResponse<String> warned = officer.post(path + "/members", young);
		assertThat(warned.body()).contains("id=\"pending-warnings\"").contains("Chưa đủ 18 tuổi");
		assertThat(memberCount(path)).isZero();
		HttpResponse<String> confirmed = officer.post(path + "/members", young + "&confirmWarnings=true");
		assertThat(confirmed.body()).contains("Đã thêm thành viên.")
			.contains("Hoàng Văn Trẻ")
			.contains("Công an phường Vị Hoàng xác nhận");
		assertThat(memberCount(path)).isEqualTo(1);
	}

	@Test
	void theMemberPageShowsPersonalDetailsOnlyWithAPurposeAndAuditsTheRead() throws Exception {
		long person = this.jdbc.sql("""
				SELECT MIN(m.person_id) FROM forces_membership m WHERE m.team_id = :team
				""").param("team", this.fixtures.securityTeam()).query(Long.class).single();
		SignedInClient officer = SignedInClient.signIn(this.port, "vihoang");
		HttpResponse<String> page = officer.get("/console/forces/members/" + person);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("id=\"member-phone\"").contains(ForcesFixtures.SECURITY_TEAM);
		String purpose = ForcesFixtures.unique("Phân công tuần tra");
		HttpResponse<String> details = officer.post("/console/forces/members/" + person + "/details",
				"purpose=" + encode(purpose));
		assertThat(details.body()).contains("id=\"member-phone\"");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE purpose = :purpose AND record_id = :id")
			.param("purpose", purpose)
			.param("id", Long.toString(person))
			.query(Long.class)
			.single()).isEqualTo(1);
		SignedInClient other = SignedInClient.signIn(this.port, "thongnhat");
		assertThat(other.get("/console/forces/members/" + person).statusCode()).isEqualTo(404);
	}

	@Test
	void theImportPageTakesAFileAndShowsTheReport() throws Exception {
		SignedInClient officer = SignedInClient.signIn(this.port, "vihoang");
		HttpResponse<String> page = officer.get("/console/forces/import");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Tải mẫu XLSX").contains("Loại tổ");
		assertThat(officer.download("/console/forces/import/template?format=xlsx").statusCode()).isEqualTo(200);
		HttpResponse<byte[]> exported = officer.download("/console/forces/export?format=csv");
		assertThat(new String(exported.body(), java.nio.charset.StandardCharsets.UTF_8))
			.contains(ForcesFixtures.SECURITY_TEAM);
		HttpResponse<String> reimported = officer.upload("/console/forces/import", "file", "roster.csv",
				exported.body());
		assertThat(reimported.statusCode()).isEqualTo(200);
		assertThat(reimported.body()).contains("id=\"import-done\"")
			.contains("0 tổ mới, 0 tổ cập nhật, 0 thành viên mới, 0 thành viên rời tổ");
		String bad = "Loại tổ,Tên tổ,Ngày thành lập,Họ và tên,Ngày tham gia\nNOPE,Tổ sai,2022-01-01,Trần Văn Sai,2022-01-02\n";
		HttpResponse<String> refused = officer.upload("/console/forces/import", "file", "bad.csv",
				bad.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(refused.body()).contains("id=\"import-refused\"")
			.contains("Loại tổ &quot;NOPE&quot; không tồn tại.");
		SignedInClient member = SignedInClient.signIn(this.port, "totruong");
		assertThat(member.get("/console/forces/import").statusCode()).isEqualTo(403);
	}

	@Test
	void theForcesApiIsDescribedByOpenApi() throws Exception {
		String document = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/v3/api-docs"))
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(document).contains("/api/v1/teams")
			.contains("/api/v1/teams/{id}/members")
			.contains("/api/v1/activities")
			.contains("/api/v1/teams/statistics")
			.contains("/api/v1/activities/statistics")
			.contains("/api/v1/teams/import");
	}

	private long memberCount(String teamPath) {
		long team = Long.parseLong(teamPath.substring(teamPath.lastIndexOf('/') + 1));
		return this.jdbc.sql("SELECT COUNT(*) FROM forces_membership WHERE team_id = :team")
			.param("team", team)
			.query(Long.class)
			.single();
	}

}

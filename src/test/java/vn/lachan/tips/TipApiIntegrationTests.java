package vn.lachan.tips;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.lachan.access.AccessCatalog;
import vn.lachan.forces.ForcesCatalog;
import vn.lachan.forces.TeamSummary;
import vn.lachan.shared.DemoData;
import vn.lachan.shared.security.Role;
import vn.lachan.territory.TerritoryCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff tips API: field intake, every transition, every refused transition as a
 * problem detail, scope, duplicates and merge, and the audited reporter identity.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TipApiIntegrationTests {

	static final String VI_HOANG = "Bearer demo-vihoang";

	static final String THONG_NHAT = "Bearer demo-thongnhat";

	static final String FORCE_MEMBER = "Bearer demo-totruong";

	static final String AREA_OFFICER = "Bearer demo-khuvuc";

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

	long unit(String code) {
		return this.territory.findUnitByCode(code, DemoData.AS_OF).orElseThrow().id();
	}

	long areaOfficerId() {
		return this.accounts.accountsOf(Role.AREA_OFFICER, unit("13639")).get(0).id();
	}

	ResultActions postJson(String path, String token, String body) throws Exception {
		return this.mvc.perform(post(path).header(HttpHeaders.AUTHORIZATION, token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	long fieldTip(String token, String unitCode, String category, String description) throws Exception {
		String body = postJson("/api/v1/tips", token, """
				{"categoryCode": "%s", "description": "%s", "unitId": %d, "latitude": 20.4374, "longitude": 106.1829}
				""".formatted(category, description, unit(unitCode))).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	@Test
	void aForceMembersTipGoesThroughEveryTransitionToResolved() throws Exception {
		long id = fieldTip(FORCE_MEMBER, "13639", "gambling", "Nhóm đánh bạc " + UUID.randomUUID());
		this.mvc.perform(get("/api/v1/tips/" + id).header(HttpHeaders.AUTHORIZATION, VI_HOANG))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.channel").value("FIELD"))
			.andExpect(jsonPath("$.reporterKind").value("STAFF"));
		postJson("/api/v1/tips/" + id + "/assignment", VI_HOANG, "{\"accountId\": " + areaOfficerId() + "}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ASSIGNED"))
			.andExpect(jsonPath("$.classifiedAt").exists());
		postJson("/api/v1/tips/" + id + "/verification", AREA_OFFICER, "{\"note\": \"Đang xác minh\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("VERIFYING"));
		// a summary beyond its length is refused and changes nothing
		postJson("/api/v1/tips/" + id + "/resolution", AREA_OFFICER,
				"{\"outcomes\": [{\"kind\": \"ARREST\", \"cases\": 1, \"suspects\": 3}], \"publicOutcome\": \""
						+ "x".repeat(1001) + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("publicOutcome")));
		postJson("/api/v1/tips/" + id + "/resolution", AREA_OFFICER, """
				{"outcomes": [{"kind": "ARREST", "offenceCategory": "gambling", "cases": 1, "suspects": 3}],
				 "publicOutcome": "Công an phường đã xử lý nhóm đánh bạc. Cảm ơn bạn đã báo tin."}""")
			.andExpect(status().isOk())
			.andExpect(
					jsonPath("$.publicOutcome").value("Công an phường đã xử lý nhóm đánh bạc. Cảm ơn bạn đã báo tin."))
			.andExpect(jsonPath("$.status").value("RESOLVED"))
			.andExpect(jsonPath("$.outcomes[0].suspects").value(3))
			.andExpect(jsonPath("$.timeline.length()").value(4))
			.andExpect(jsonPath("$.timeline[*].kind", hasItem("RESOLVED")));
		// closed: every further transition is refused with a problem detail
		for (String refused : new String[] { "assignment", "verification", "rejection", "transfer" }) {
			String body = switch (refused) {
				case "assignment" -> "{\"accountId\": " + areaOfficerId() + "}";
				case "rejection" -> "{\"reason\": \"UNFOUNDED\"}";
				case "transfer" -> "{\"to\": \"Cơ quan CSĐT\"}";
				default -> "{}";
			};
			postJson("/api/v1/tips/" + id + "/" + refused, VI_HOANG, body).andExpect(status().isUnprocessableContent())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.code").value("tip-illegal-transition"));
		}
	}

	@Test
	void aTipIsAssignedToAnActiveTeamOfItsWardOnly() throws Exception {
		long id = fieldTip(VI_HOANG, "13639", "fight", "Đánh nhau ở bến xe " + UUID.randomUUID());
		TeamSummary viHoangTeam = this.forces.teamsOf(unit("13639")).get(0);
		TeamSummary namPhongTeam = this.forces.teamsOf(unit("13696")).get(0);
		postJson("/api/v1/tips/" + id + "/assignment", VI_HOANG, "{\"teamId\": " + namPhongTeam.id() + "}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("tip-team-unknown"));
		postJson("/api/v1/tips/" + id + "/assignment", VI_HOANG, "{\"teamId\": " + viHoangTeam.id() + "}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ASSIGNED"))
			.andExpect(jsonPath("$.assigneeTeamId").value(viHoangTeam.id()));
	}

	@Test
	void theMembersOfTheAssignedTeamSeeAndWorkTheTip() throws Exception {
		long id = fieldTip(VI_HOANG, "13639", "gambling", "Đánh bạc trong quán nước " + UUID.randomUUID());
		long totruong = this.accounts.accountsOf(Role.FORCE_MEMBER, unit("13639"))
			.stream()
			.filter((account) -> account.username().equals("totruong"))
			.findFirst()
			.orElseThrow()
			.id();
		long team = this.forces.teamsOfMember(totruong).iterator().next();
		this.mvc.perform(get("/api/v1/tips/" + id).header(HttpHeaders.AUTHORIZATION, FORCE_MEMBER))
			.andExpect(status().isNotFound());

		postJson("/api/v1/tips/" + id + "/assignment", VI_HOANG, "{\"teamId\": " + team + "}")
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/tips/" + id).header(HttpHeaders.AUTHORIZATION, FORCE_MEMBER))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/tips").header(HttpHeaders.AUTHORIZATION, FORCE_MEMBER).param("size", "200"))
			.andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
		postJson("/api/v1/tips/" + id + "/verification", FORCE_MEMBER, "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("VERIFYING"));
		postJson("/api/v1/tips/" + id + "/resolution", FORCE_MEMBER,
				"{\"outcomes\": [{\"kind\": \"PREVENTED\", \"cases\": 1, \"suspects\": 0}]}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RESOLVED"));
		// triage stays with the ward's officers
		long other = fieldTip(VI_HOANG, "13639", "gambling", "Đánh bạc ở chợ " + UUID.randomUUID());
		postJson("/api/v1/tips/" + other + "/assignment", VI_HOANG, "{\"teamId\": " + team + "}")
			.andExpect(status().isOk());
		postJson("/api/v1/tips/" + other + "/rejection", FORCE_MEMBER, "{\"reason\": \"UNFOUNDED\"}")
			.andExpect(status().isForbidden());
	}

	@Test
	void transitionsOutOfOrderAreRefused() throws Exception {
		long id = fieldTip(VI_HOANG, "13639", "theft", "Mất xe máy " + UUID.randomUUID());
		postJson("/api/v1/tips/" + id + "/verification", VI_HOANG, "{}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("tip-illegal-transition"));
		postJson("/api/v1/tips/" + id + "/resolution", VI_HOANG,
				"{\"outcomes\": [{\"kind\": \"ARREST\", \"cases\": 1, \"suspects\": 1}]}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("tip-illegal-transition"));
		postJson("/api/v1/tips/" + id + "/resolution", VI_HOANG, "{\"outcomes\": []}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("outcomes")));
		postJson("/api/v1/tips/" + id + "/assignment", VI_HOANG, "{\"teamId\": 4711}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("tip-team-unknown"));
		long thongNhatOfficer = this.accounts.accountsOf(Role.WARD_OFFICER, unit("13681")).get(0).id();
		postJson("/api/v1/tips/" + id + "/assignment", VI_HOANG, "{\"accountId\": " + thongNhatOfficer + "}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("tip-assignee-invalid"));
		postJson("/api/v1/tips/" + id + "/assignment", AREA_OFFICER, "{\"accountId\": " + areaOfficerId() + "}")
			.andExpect(status().isForbidden());
	}

	@Test
	void rejectionAndTransferCloseATip() throws Exception {
		long unfounded = fieldTip(VI_HOANG, "13639", "suspicious-person", "Người lạ " + UUID.randomUUID());
		postJson("/api/v1/tips/" + unfounded + "/rejection", VI_HOANG,
				"{\"reason\": \"UNFOUNDED\", \"note\": \"Không có\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"))
			.andExpect(jsonPath("$.rejectionReason").value("UNFOUNDED"));
		long transferred = fieldTip(VI_HOANG, "13639", "fraud", "Lừa đảo qua mạng " + UUID.randomUUID());
		postJson("/api/v1/tips/" + transferred + "/transfer", VI_HOANG,
				"{\"to\": \"Cơ quan CSĐT Công an thành phố\", \"at\": \"2026-01-02T03:00:00Z\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("TRANSFERRED"))
			.andExpect(jsonPath("$.transferredTo").value("Cơ quan CSĐT Công an thành phố"))
			.andExpect(jsonPath("$.transferredAt").value("2026-01-02T03:00:00Z"));
		long future = fieldTip(VI_HOANG, "13639", "fraud", "Lừa đảo " + UUID.randomUUID());
		postJson("/api/v1/tips/" + future + "/transfer", VI_HOANG,
				"{\"to\": \"CSĐT\", \"at\": \"2999-01-01T00:00:00Z\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("tip-transfer-in-future"));
		postJson("/api/v1/tips/" + future + "/rejection", VI_HOANG, "{\"reason\": \"DUPLICATE\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("tip-duplicate-of-required"));
	}

	@Test
	void aTipOutsideOnesWardIsNotFound() throws Exception {
		long thongNhatTip = fieldTip(THONG_NHAT, "13681", "noise", "Karaoke ồn " + UUID.randomUUID());
		this.mvc.perform(get("/api/v1/tips/" + thongNhatTip).header(HttpHeaders.AUTHORIZATION, VI_HOANG))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("not-found"));
		postJson("/api/v1/tips/" + thongNhatTip + "/rejection", VI_HOANG, "{\"reason\": \"UNFOUNDED\"}")
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/tips/" + thongNhatTip).header(HttpHeaders.AUTHORIZATION, FORCE_MEMBER))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/tips").header(HttpHeaders.AUTHORIZATION, VI_HOANG).param("size", "200"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) thongNhatTip))));
		postJson("/api/v1/tips", FORCE_MEMBER,
				"{\"categoryCode\": \"noise\", \"description\": \"Ồn\", \"unitId\": " + unit("13681") + "}")
			.andExpect(status().isNotFound());
	}

	@Test
	void fieldIntakeRefusesBadInputAndStoresNothing() throws Exception {
		String marker = UUID.randomUUID().toString();
		postJson("/api/v1/tips", FORCE_MEMBER, """
				{"categoryCode": "unknown-thing", "description": "<b>%s</b>", "receivedAt": "2023-01-01T00:00:00Z",
				 "channel": "PHONE"}""".formatted(marker)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("categoryCode")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("description")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("receivedAt")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("channel")));
		postJson("/api/v1/tips", VI_HOANG,
				"""
						{"categoryCode": "theft", "description": "%s", "channel": "PHONE", "unitId": %d}"""
					.formatted("x".repeat(5000), unit("13639")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].code", hasItem("too-long")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("withheldReason")));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM tip WHERE description LIKE :m")
			.param("m", "%" + marker + "%")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anOfficerEntersAPhoneTipReceivedEarlierWithTheRegisterFields() throws Exception {
		String body = postJson("/api/v1/tips", "Bearer demo-myxa",
				"""
						{"channel": "PHONE", "categoryCode": "theft", "description": "Mất trộm xe đạp %s",
						 "unitId": %d, "receivedAt": "2023-05-02T01:30:00Z", "occurredAt": "2023-05-02T01:00:00Z",
						 "reporterName": "Nguyễn Văn A", "reporterContact": "0912345678", "reporterIdNumber": "036090001234",
						 "peopleInvolved": "Thanh niên áo đen, đi xe máy", "damage": "1 xe đạp",
						 "measuresTaken": "Bảo vệ hiện trường", "reporterKnowledge": "Chứng kiến trực tiếp"}"""
					.formatted(UUID.randomUUID(), unit("13699")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.receivedAt").value("2023-05-02T01:30:00Z"))
			.andExpect(jsonPath("$.reporterKind").value("IDENTIFIED"))
			.andExpect(jsonPath("$.reporterIdentityRecorded").value(true))
			.andExpect(jsonPath("$.reporterName").doesNotExist())
			.andExpect(jsonPath("$.overdue").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		String stored = this.jdbc.sql("SELECT reporter_name FROM tip WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		assertThat(stored).startsWith("v1:").doesNotContain("Nguyễn");
		long auditBefore = auditCount(id);
		this.mvc
			.perform(get("/api/v1/tips/" + id + "/reporter").param("purpose", "xác minh")
				.header(HttpHeaders.AUTHORIZATION, "Bearer demo-myxa"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Nguyễn Văn A"))
			.andExpect(jsonPath("$.idNumber").value("036090001234"));
		assertThat(auditCount(id)).isEqualTo(auditBefore + 1);
		this.mvc
			.perform(get("/api/v1/tips/" + id + "/reporter").header(HttpHeaders.AUTHORIZATION, "Bearer demo-committee"))
			.andExpect(status().isForbidden());
	}

	@Test
	void duplicatesAreSuggestedAndMerged() throws Exception {
		String words = UUID.randomUUID().toString();
		long first = fieldTip(VI_HOANG, "13639", "drugs", "Mua bán ma túy ở hẻm " + words);
		long second = fieldTip(VI_HOANG, "13639", "drugs", "Lại thấy mua bán ma túy " + words);
		long otherCategory = fieldTip(VI_HOANG, "13639", "noise", "Ồn ào " + words);
		this.mvc
			.perform(get("/api/v1/tips/" + second + "/duplicates").param("size", "200")
				.header(HttpHeaders.AUTHORIZATION, VI_HOANG))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").isNumber())
			.andExpect(jsonPath("$.items[*].id", hasItem((int) first)))
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) otherCategory))))
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) second))));
		postJson("/api/v1/tips/" + second + "/merge", VI_HOANG, "{\"into\": " + first + "}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"))
			.andExpect(jsonPath("$.rejectionReason").value("DUPLICATE"))
			.andExpect(jsonPath("$.duplicateOfId").value(first));
		this.mvc.perform(get("/api/v1/tips/" + first).header(HttpHeaders.AUTHORIZATION, VI_HOANG))
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.timeline[*].kind", hasItem("MERGED")));
		this.mvc
			.perform(get("/api/v1/tips/" + first + "/duplicates").param("size", "200")
				.header(HttpHeaders.AUTHORIZATION, VI_HOANG))
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) second))));
		postJson("/api/v1/tips/" + otherCategory + "/merge", VI_HOANG, "{\"into\": " + otherCategory + "}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("tip-duplicate-of-required"));
	}

	@Test
	void theInboxFindsTipsByFoldedWordsAndListsOverdueFirst() throws Exception {
		String word = "Hẻm" + UUID.randomUUID().toString().substring(0, 8);
		fieldTip(VI_HOANG, "13639", "noise", "Tiếng ồn ở " + word + " đường Trần Hưng Đạo");
		this.mvc
			.perform(get("/api/v1/tips").header(HttpHeaders.AUTHORIZATION, VI_HOANG)
				.param("q", VietnameseFold.of(word) + " duong tran hung dao"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1));
		postJson("/api/v1/tips", VI_HOANG,
				"""
						{"channel": "IN_PERSON", "categoryCode": "noise", "description": "Cũ %s", "unitId": %d,
						 "receivedAt": "2024-01-01T00:00:00Z", "withheldReason": "Người báo từ chối cung cấp"}"""
					.formatted(word, unit("13639")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.reporterKind").value("ANONYMOUS"));
		this.mvc.perform(get("/api/v1/tips").header(HttpHeaders.AUTHORIZATION, VI_HOANG).param("q", word))
			.andExpect(jsonPath("$.totalItems").value(2))
			.andExpect(jsonPath("$.items[0].overdue").value(true));
		this.mvc
			.perform(get("/api/v1/tips").header(HttpHeaders.AUTHORIZATION, VI_HOANG)
				.param("q", word)
				.param("overdue", "true"))
			.andExpect(jsonPath("$.totalItems").value(1));
	}

	@Test
	void anAdministratorRegistersAnOpen311ClientWhoseKeyIsShownOnce() throws Exception {
		String body = postJson("/api/v1/tips/api-clients", "Bearer demo-admin", "{\"name\": \"FixMyStreet\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.apiKey").exists())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String key = JsonPath.read(body, "$.apiKey");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM tip_api_client WHERE key_hash = :k")
			.param("k", key)
			.query(Long.class)
			.single()).isZero();
		postJson("/api/v1/tips/api-clients", VI_HOANG, "{\"name\": \"X\"}").andExpect(status().isForbidden());
	}

	@Test
	void crimeCategoriesNeverBecomePublic() throws Exception {
		String drugs = this.mvc
			.perform(get("/api/v1/tips/categories").param("size", "200")
				.header(HttpHeaders.AUTHORIZATION, "Bearer demo-admin"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.code == 'drugs')].publicVisible").value(hasItem(false)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String category = com.jayway.jsonpath.JsonPath.parse(drugs)
			.read("$.items[?(@.code == 'drugs')]", java.util.List.class)
			.get(0)
			.toString();
		assertThat(category).contains("SOCIAL_EVIL");
		String body = """
				{"code": "drugs", "nameVi": "Ma túy", "nameEn": "Drugs", "group": "SOCIAL_EVIL", "publicVisible": true,
				 "open311": false, "defaultUrgent": true, "attributes": [], "keywords": "ma túy", "sortOrder": 10}""";
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.put("/api/v1/tips/categories/drugs")
				.header(HttpHeaders.AUTHORIZATION, "Bearer demo-admin")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("tip-category-sensitive"));
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.put("/api/v1/tips/categories/drugs")
				.header(HttpHeaders.AUTHORIZATION, VI_HOANG)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.replace("\"publicVisible\": true", "\"publicVisible\": false")))
			.andExpect(status().isForbidden());
	}

	private long auditCount(long tipId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE record_type = 'tip-reporter' AND record_id = :id")
			.param("id", String.valueOf(tipId))
			.query(Long.class)
			.single();
	}

	/** Folds like the search does, to show that the query needs no diacritics. */
	static final class VietnameseFold {

		static String of(String text) {
			return vn.lachan.shared.text.VietnameseText.fold(text);
		}

	}

}

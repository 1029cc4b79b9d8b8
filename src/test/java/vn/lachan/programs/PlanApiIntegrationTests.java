package vn.lachan.programs;

import java.io.ByteArrayOutputStream;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.lachan.territory.TerritoryCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.lachan.programs.ProgramsFixtures.as;

/**
 * Plans over the API: links round-trip from the plan to each record it ordered and back,
 * progress from the tasks, a document accepted only when its content is a PDF, the
 * article's plans, directive and models where they run.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TerritoryCatalog territory;

	@Test
	void aPlansLinksLeadToEachRecordItOrderedAndBack() throws Exception {
		long namPhong = ProgramsFixtures.unit(this.territory, "13696");
		long team = this.jdbc.sql("SELECT id FROM forces_team WHERE unit_id = :unit AND kind_code = 'DRUG_LIAISON'")
			.param("unit", namPhong)
			.query(Long.class)
			.single();
		long place = this.jdbc.sql("SELECT id FROM place WHERE name = 'Chợ Nam Phong'").query(Long.class).single();
		String number = "T" + System.nanoTime() + "/KH-BCĐ";
		String plan = this.mvc
			.perform(as("committee", post("/api/v1/plans")).contentType(MediaType.APPLICATION_JSON).content("""
					{"kind":"PLAN","issuer":"Ban Chỉ đạo 138 thành phố Nam Định","number":"%s","issuedOn":"2022-03-01",
					 "title":"Duy trì Tổ liên kết phòng, chống ma túy",
					 "tasks":[{"title":"Báo cáo sơ kết quý I","responsibleUnitId":%d,"dueOn":"2022-03-31"},
					          {"title":"Báo cáo 6 tháng","responsibleUnitId":%d,"dueOn":"2022-06-30"}],
					 "links":[{"module":"forces","recordType":"team","recordId":%d}]}
					""".formatted(number, namPhong, namPhong, team)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.progress").value(0))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long planId = ((Number) JsonPath.read(plan, "$.plan.id")).longValue();
		String deployment = this.mvc
			.perform(as("committee", post("/api/v1/deployments")).contentType(MediaType.APPLICATION_JSON).content("""
					{"modelId":%d,"placeId":%d,"startedOn":"2022-03-05","planId":%d,"status":"PLANNED"}
					""".formatted(modelId("2-tu-quan-2-chu-dong"), place, planId)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long deploymentId = ((Number) JsonPath.read(deployment, "$.deployment.id")).longValue();
		assertThat(((Number) JsonPath.read(deployment, "$.deployment.unitId")).longValue()).isEqualTo(namPhong);
		String area = this.mvc
			.perform(as("committee", post("/api/v1/key-areas")).contentType(MediaType.APPLICATION_JSON).content("""
					{"unitId":%d,"kind":"drugs","decisionNumber":"%s","decidedOn":"2022-03-02",
					 "issuer":"Ban Chỉ đạo 138 tỉnh Nam Định","year":2022,"planId":%d}
					""".formatted(namPhong, number, planId)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long areaId = ((Number) JsonPath.read(area, "$.keyArea.id")).longValue();

		String links = this.mvc.perform(as("committee", get("/api/v1/plans/{id}", planId)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((Integer) JsonPath.read(links, "$.plan.links.length()")).isEqualTo(3);
		// From the plan to each record, and from each record back to the plan
		this.mvc.perform(as("committee", get("/api/v1/teams/{id}", team))).andExpect(status().isOk());
		this.mvc.perform(as("committee", get("/api/v1/deployments/{id}", deploymentId))).andExpect(status().isOk());
		this.mvc.perform(as("committee", get("/api/v1/key-areas/{id}", areaId))).andExpect(status().isOk());
		for (String[] record : new String[][] { { "forces", "team", Long.toString(team) },
				{ "programs", "deployment", Long.toString(deploymentId) },
				{ "programs", "key-area", Long.toString(areaId) } }) {
			this.mvc
				.perform(as("committee", get("/api/v1/plan-links")).param("module", record[0])
					.param("recordType", record[1])
					.param("recordId", record[2]))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.totalItems").value(1))
				.andExpect(jsonPath("$.items[*].planId", hasItem((int) planId)));
		}
		// The commune sees the plan through its task and marks it done
		long task = ((Number) JsonPath.read(plan, "$.plan.tasks[0].id")).longValue();
		this.mvc
			.perform(as("namphong", post("/api/v1/plans/{id}/tasks/{task}/done", planId, task))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"doneOn\":\"2022-03-30\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.progress").value(50));
		this.mvc.perform(as("vihoang", get("/api/v1/plans/{id}", planId))).andExpect(status().isNotFound());
		this.mvc
			.perform(as("committee", post("/api/v1/plans/{id}/links", planId)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"module\":\"forces\",\"recordType\":\"team\",\"recordId\":987654321}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("unknownRecord"));
	}

	@Test
	void theDocumentMustBeAPdfByItsContent() throws Exception {
		long planId = this.jdbc.sql("SELECT id FROM programs_plan WHERE number = '48/KH-BCĐ'")
			.query(Long.class)
			.single();
		this.mvc
			.perform(multipart("/api/v1/plans/{id}/document", planId)
				.file(new MockMultipartFile("file", "ke-hoach.pdf", "application/pdf", "not a pdf".getBytes()))
				.header("Authorization", "Bearer demo-committee"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("notPdf"));
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			document.save(pdf);
		}
		this.mvc
			.perform(multipart("/api/v1/plans/{id}/document", planId)
				.file(new MockMultipartFile("file", "ke-hoach-48.pdf", "application/octet-stream", pdf.toByteArray()))
				.header("Authorization", "Bearer demo-committee"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.plan.documentName").value("ke-hoach-48.pdf"));
		byte[] back = this.mvc.perform(as("committee", get("/api/v1/plans/{id}/document", planId)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(back).isEqualTo(pdf.toByteArray());
	}

	@Test
	void theArticlesPlansDirectiveAndModelsAreWhereItSaysTheyRun() throws Exception {
		this.mvc.perform(as("committee", get("/api/v1/plans")).param("size", "200"))
			.andExpect(jsonPath("$.items[*].plan.number", hasItem("19/KH-MTTQ")))
			.andExpect(jsonPath("$.items[*].plan.number", hasItem("48/KH-BCĐ")))
			.andExpect(jsonPath("$.items[*].plan.number", hasItem("09-CT/TW")))
			.andExpect(jsonPath("$.items[?(@.plan.number == '19/KH-MTTQ')].plan.links.length()", hasItem(581)));
		// Where the models run: their operating deployments (other tests add planned
		// ones)
		String deployments = this.mvc.perform(as("committee", get("/api/v1/deployments")).param("size", "200"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(((Number) JsonPath.read(deployments, "$.totalItems")).intValue()).isGreaterThanOrEqualTo(27);

		assertThat((java.util.List<String>) JsonPath.read(deployments,
				"$.items[?(@.model == '3 quản, 3 biết' && @.deployment.status == 'OPERATING')].unit"))
			.containsExactly("Phường Mỹ Xá");
		assertThat((java.util.List<String>) JsonPath.read(deployments,
				"$.items[?(@.model == 'Tổ liên kết phòng, chống ma túy' && @.deployment.status == 'OPERATING')].unit"))
			.containsExactly("Xã Nam Phong");
		java.util.List<String> twoTwo = JsonPath.read(deployments,
				"$.items[?(@.model == '2 tự quản, 2 chủ động' && @.deployment.startedOn == '2022-02-21')].unit");
		assertThat(twoTwo).containsExactlyInAnyOrder("Phường Ngô Quyền", "Phường Lộc Hạ");
		java.util.List<String> cityWide = JsonPath.read(deployments,
				"$.items[?(@.model == '2 tự quản, 2 chủ động' && @.deployment.startedOn <= '2022-03-21')].unit");
		assertThat(new java.util.HashSet<>(cityWide)).hasSize(25);
	}

	private long modelId(String code) {
		return this.jdbc.sql("SELECT id FROM programs_model WHERE code = :code")
			.param("code", code)
			.query(Long.class)
			.single();
	}

}

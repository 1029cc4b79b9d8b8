package vn.lachan.territory.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import vn.lachan.shared.imports.ImportFileType;
import vn.lachan.shared.imports.ImportReader;
import vn.lachan.shared.imports.ImportTemplate;
import vn.lachan.shared.imports.RowProblem;
import vn.lachan.shared.security.SystemUser;
import vn.lachan.territory.AdminUnitSummary;
import vn.lachan.territory.ResidentialGroupSummary;
import vn.lachan.territory.TerritoryCatalog;
import vn.lachan.territory.TerritoryFixtures;
import vn.lachan.territory.internal.TerritoryCsv;
import vn.lachan.territory.internal.TerritoryCsv.ImportReport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * CSV import and export of a ward's residential groups and places: a good file imports, a
 * file with one bad row imports nothing and says which row, an export re-imports
 * unchanged. Records go to Mỹ Xá under names no other test uses.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TerritoryCsvIntegrationTests {

	private static final String P = "territory.csv.problem.";

	@Autowired
	MockMvc mvc;

	@Autowired
	TerritoryCatalog catalog;

	@Autowired
	TerritoryCsv csv;

	AdminUnitSummary myXa;

	Cookie officer;

	@BeforeEach
	void signIn() throws Exception {
		this.myXa = TerritoryFixtures.ward(this.catalog, TerritoryFixtures.MY_XA);
		this.officer = TerritoryFixtures.signIn(this.mvc, "myxa");
	}

	@Test
	void aGoodFileImportsEveryRowAndUpdatesByName() throws Exception {
		String first = TerritoryFixtures.unique("Tổ CSV");
		String second = TerritoryFixtures.unique("Tổ CSV");
		String file = "name,kind,households,residents\n" + first + ",RESIDENTIAL_GROUP,101,402\n\"" + second
				+ "\",residential group,55,210\n";
		this.mvc.perform(upload("groups", file))
			.andExpect(redirectedUrl("/console/territory/units/" + this.myXa.id()))
			.andExpect(flash().attribute("success", containsString("2 thêm mới, 0 cập nhật")));
		assertThat(group(first).households()).isEqualTo(101);
		assertThat(group(second).residents()).isEqualTo(210);

		String update = "\uFEFFname,kind,households,residents\n" + first + ",VILLAGE,111,444\n";
		this.mvc.perform(upload("groups", update))
			.andExpect(flash().attribute("success", containsString("0 thêm mới, 1 cập nhật")));
		assertThat(group(first).households()).isEqualTo(111);

		String place = TerritoryFixtures.unique("Cửa hàng CSV");
		String places = "name,kind,group,address,latitude,longitude\n" + place + ",BUSINESS," + first
				+ ",\"Số 1, phố Mỹ Xá\",20.3971,106.1492\n";
		this.mvc.perform(upload("places", places)).andExpect(status().is3xxRedirection());
		String exported = this.csv.exportPlaces(SystemUser.INSTANCE, this.myXa.id());
		assertThat(exported).contains(place + ",BUSINESS," + first + ",\"Số 1, phố Mỹ Xá\",20.397100,106.149200");
	}

	@Test
	void aFileWithOneBadRowImportsNothingAndReportsTheRow() throws Exception {
		String good = TerritoryFixtures.unique("Tổ tốt");
		String alsoGood = TerritoryFixtures.unique("Tổ tốt");
		String file = "name,kind,households,residents\n" + good + ",RESIDENTIAL_GROUP,10,40\n" + alsoGood
				+ ",HAMLET,abc,40\n" + TerritoryFixtures.unique("Tổ tốt") + ",HAMLET,12,48\n";
		MvcResult result = this.mvc.perform(upload("groups", file))
			.andExpect(status().isOk())
			.andExpect(view().name("territory/import"))
			.andExpect(content().string(containsString("&quot;abc&quot; không phải số nguyên.")))
			.andReturn();
		@SuppressWarnings("unchecked")
		List<TerritoryCsvPageController.ProblemLine> problems = (List<TerritoryCsvPageController.ProblemLine>) result
			.getModelAndView()
			.getModel()
			.get("problems");
		assertThat(problems).containsExactly(
				new TerritoryCsvPageController.ProblemLine(3, "households", "\"abc\" không phải số nguyên."));
		assertThat(this.catalog.groupsOf(this.myXa.id())).extracting(ResidentialGroupSummary::name)
			.doesNotContain(good, alsoGood);
	}

	@Test
	void everyBadRowIsReportedWithItsColumn() {
		String taken = TerritoryFixtures.unique("Tổ trùng");
		String file = """
				name,kind,households,residents
				%s,RESIDENTIAL_GROUP,1,2
				,CASTLE,-1,2
				%s,VILLAGE,3,99999999
				""".formatted(taken, taken);
		ImportReport report = this.csv.importGroups(SystemUser.INSTANCE, this.myXa.id(), bytes(file));
		assertThat(report.imported()).isFalse();
		assertThat(report.problems()).extracting(RowProblem::row, RowProblem::column, RowProblem::messageKey)
			.containsExactly(tuple(3L, "name", P + "required"), tuple(3L, "kind", P + "unknown-kind"),
					tuple(3L, "households", P + "out-of-range"), tuple(4L, "residents", P + "out-of-range"));
		ImportReport places = this.csv.importPlaces(SystemUser.INSTANCE, this.myXa.id(),
				bytes("name,kind,group,address,latitude\nX,MARKET,,,1\n"));
		assertThat(places.problems()).extracting(RowProblem::messageKey).containsExactly(ImportReader.MISSING_COLUMN);
		ImportReport unknownGroup = this.csv.importPlaces(SystemUser.INSTANCE, this.myXa.id(),
				bytes("name,kind,group,address,latitude,longitude\nX,MARKET,Không có tổ này,,20.1,\n"));
		assertThat(unknownGroup.problems()).extracting(RowProblem::column, RowProblem::messageKey)
			.containsExactly(tuple("group", P + "unknown-group"));
		assertThat(this.catalog.groupsOf(this.myXa.id())).extracting(ResidentialGroupSummary::name)
			.doesNotContain(taken);
	}

	@Test
	void anExportReimportsUnchanged() throws Exception {
		String name = TerritoryFixtures.unique("Tổ xuất");
		this.csv.importGroups(SystemUser.INSTANCE, this.myXa.id(),
				bytes("name,kind,households,residents\n\"" + name + ", \"\"A\"\"\",HAMLET,7,21\n"));
		byte[] groups = this.mvc
			.perform(get("/console/territory/units/{id}/groups.csv", this.myXa.id()).cookie(this.officer))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String exported = new String(groups, StandardCharsets.UTF_8);
		assertThat(exported).startsWith("\uFEFFname,kind,households,residents").contains("\"" + name + ", \"\"A\"\"\"");
		List<ResidentialGroupSummary> before = this.catalog.groupsOf(this.myXa.id());
		this.mvc.perform(upload("groups", exported))
			.andExpect(flash().attribute("success", containsString("0 thêm mới, " + before.size() + " cập nhật")));
		// the same data; each saved row has a new version
		assertThat(this.catalog.groupsOf(this.myXa.id()))
			.usingRecursiveFieldByFieldElementComparatorIgnoringFields("version")
			.containsExactlyElementsOf(before);
		assertThat(this.csv.exportGroups(SystemUser.INSTANCE, this.myXa.id())).isEqualTo(exported);

		String places = this.csv.exportPlaces(SystemUser.INSTANCE, this.myXa.id());
		this.mvc.perform(upload("places", places)).andExpect(status().is3xxRedirection());
		assertThat(this.csv.exportPlaces(SystemUser.INSTANCE, this.myXa.id())).isEqualTo(places);
	}

	@Test
	void onlyTheWardsOfficersImport() throws Exception {
		Cookie other = TerritoryFixtures.signIn(this.mvc, "vihoang");
		this.mvc
			.perform(multipart("/console/territory/units/{id}/groups/import", this.myXa.id())
				.file(new MockMultipartFile("file", "g.csv", "text/csv", "name\n".getBytes(StandardCharsets.UTF_8)))
				.cookie(other)
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(multipart("/console/territory/units/{id}/groups/import", this.myXa.id()).cookie(this.officer)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chưa chọn tệp")));
	}

	@Test
	void theApiImportsAndExportsCsvToo() throws Exception {
		String name = TerritoryFixtures.unique("Tổ API");
		String bad = "name,kind,households,residents\n" + name + ",RESIDENTIAL_GROUP,5,20\n" + name + ",HAMLET,6,24\n"
				+ TerritoryFixtures.unique("Tổ API") + ",HAMLET,6,x\n";
		this.mvc
			.perform(post("/api/v1/admin-units/{id}/residential-groups.csv", this.myXa.id())
				.header(HttpHeaders.AUTHORIZATION, "Bearer demo-myxa")
				.contentType("text/csv")
				.content(bad.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("territory.csv-rejected"))
			.andExpect(jsonPath("$.rows[0].row").value(3))
			.andExpect(jsonPath("$.rows[0].code").value("duplicate-in-file"))
			.andExpect(jsonPath("$.rows[1].row").value(4))
			.andExpect(jsonPath("$.rows[1].column").value("residents"))
			.andExpect(jsonPath("$.rows[1].message").value("\"x\" không phải số nguyên."));
		assertThat(this.catalog.groupsOf(this.myXa.id())).extracting(ResidentialGroupSummary::name)
			.doesNotContain(name);
		String good = "name,kind,households,residents\n" + name + ",RESIDENTIAL_GROUP,5,20\n";
		this.mvc
			.perform(post("/api/v1/admin-units/{id}/residential-groups.csv", this.myXa.id())
				.header(HttpHeaders.AUTHORIZATION, "Bearer demo-myxa")
				.contentType("text/csv")
				.content(good.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1));
		this.mvc
			.perform(get("/api/v1/admin-units/{id}/residential-groups.csv", this.myXa.id())
				.header(HttpHeaders.AUTHORIZATION, "Bearer demo-myxa"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name + ",RESIDENTIAL_GROUP,5,20")));
		this.mvc.perform(get("/api/v1/admin-units/{id}/places.csv", this.myXa.id()).header(HttpHeaders.AUTHORIZATION,
				"Bearer demo-vihoang"))
			.andExpect(status().isNotFound());
	}

	@Test
	void csvWithAndWithoutByteOrderMarkXlsxAndFoldedReorderedHeadersAllImport() throws Exception {
		String plain = TerritoryFixtures.unique("Tổ không BOM");
		String marked = TerritoryFixtures.unique("Tổ có BOM");
		String folded = TerritoryFixtures.unique("Tổ không dấu");
		String sheet = TerritoryFixtures.unique("Tổ Excel");
		this.mvc.perform(upload("groups", "name,kind,households,residents\n" + plain + ",HAMLET,3,9\n"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(upload("groups", "\uFEFFname,kind,households,residents\n" + marked + ",HAMLET,4,12\n"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(upload("groups", "SO NHAN KHAU,ten,So ho,LOAI\n15," + folded + ",5,VILLAGE\n"))
			.andExpect(status().is3xxRedirection());
		byte[] xlsx = ImportTemplate.write(ImportFileType.XLSX, "Tổ", TerritoryCsv.GROUP_COLUMNS,
				List.of(List.of(sheet, "RESIDENTIAL_GROUP", "6", "18")));
		this.mvc.perform(upload("groups", "groups.xlsx", xlsx)).andExpect(status().is3xxRedirection());
		assertThat(group(plain).residents()).isEqualTo(9);
		assertThat(group(marked).residents()).isEqualTo(12);
		assertThat(group(folded).households()).isEqualTo(5);
		assertThat(group(folded).residents()).isEqualTo(15);
		assertThat(group(sheet).households()).isEqualTo(6);
	}

	@Test
	void aFileThatIsNeitherCsvNorXlsxIsRefusedNamingTheAcceptedTypes() throws Exception {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		png.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 });
		MvcResult result = this.mvc.perform(upload("places", "places.csv", png.toByteArray()))
			.andExpect(status().isOk())
			.andExpect(view().name("territory/import"))
			.andExpect(content().string(containsString("Chỉ nhận các loại tệp: CSV (.csv), Excel (.xlsx).")))
			.andReturn();
		@SuppressWarnings("unchecked")
		List<TerritoryCsvPageController.ProblemLine> problems = (List<TerritoryCsvPageController.ProblemLine>) result
			.getModelAndView()
			.getModel()
			.get("problems");
		assertThat(problems).singleElement().satisfies((line) -> assertThat(line.row()).isZero());
	}

	@Test
	void everyBadRowOfAnXlsxFileIsReportedAndNothingStored() {
		String good = TerritoryFixtures.unique("Tổ tốt Excel");
		byte[] xlsx = ImportTemplate.write(ImportFileType.XLSX, "Tổ", TerritoryCsv.GROUP_COLUMNS,
				List.of(List.of(good, "HAMLET", "1", "2"), List.of("", "HAMLET", "1", "2"),
						List.of(TerritoryFixtures.unique("Tổ"), "HAMLET", "x", "2")));
		ImportReport report = this.csv.importGroups(SystemUser.INSTANCE, this.myXa.id(), xlsx);
		assertThat(report.problems()).extracting(RowProblem::row, RowProblem::column, RowProblem::messageKey)
			.containsExactly(tuple(3L, "name", P + "required"), tuple(4L, "households", P + "not-a-whole-number"));
		assertThat(this.catalog.groupsOf(this.myXa.id())).extracting(ResidentialGroupSummary::name)
			.doesNotContain(good);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private MockMultipartHttpServletRequestBuilder upload(String kind, String filename, byte[] body) {
		return (MockMultipartHttpServletRequestBuilder) multipart("/console/territory/units/{id}/" + kind + "/import",
				this.myXa.id())
			.file(new MockMultipartFile("file", filename, "application/octet-stream", body))
			.cookie(this.officer)
			.with(csrf());
	}

	private MockMultipartHttpServletRequestBuilder upload(String kind, String body) {
		return (MockMultipartHttpServletRequestBuilder) multipart("/console/territory/units/{id}/" + kind + "/import",
				this.myXa.id())
			.file(new MockMultipartFile("file", kind + ".csv", "text/csv", body.getBytes(StandardCharsets.UTF_8)))
			.cookie(this.officer)
			.with(csrf());
	}

	private ResidentialGroupSummary group(String name) {
		return this.catalog.groupsOf(this.myXa.id())
			.stream()
			.filter((group) -> group.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

}

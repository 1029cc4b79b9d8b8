package vn.lachan.forces;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.lachan.forces.internal.RosterFormat;
import vn.lachan.forces.internal.RosterFormat.FileType;
import vn.lachan.shared.text.VietnameseText;
import vn.lachan.territory.TerritoryCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Rosters from Excel and CSV: a 500-member roster imports, one bad row imports nothing
 * and the report names the row and the problem, an exported file re-imports unchanged.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RosterImportIntegrationTests {

	@Autowired
	MockMvc mvc;

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
	void aFiveHundredMemberRosterImportsFromXlsx() throws Exception {
		String prefix = "Tổ tự quản nhập " + UUID.randomUUID().toString().substring(0, 8);
		byte[] file = RosterFormat.write(roster(prefix, 50, 10), FileType.XLSX);
		this.mvc
			.perform(multipart("/api/v1/teams/import").file(new MockMultipartFile("file", "roster.xlsx", null, file))
				.param("unit", Long.toString(this.fixtures.unit("13699")))
				.header(HttpHeaders.AUTHORIZATION, "Bearer demo-myxa"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(true))
			.andExpect(jsonPath("$.teamsCreated").value(50))
			.andExpect(jsonPath("$.membersAdded").value(500));
		assertThat(countMembers(prefix)).isEqualTo(500);
		assertThat(countTeams(prefix)).isEqualTo(50);
	}

	@Test
	void aRosterWithOneBadRowImportsNothingAndTheReportNamesTheRowAndTheProblem() throws Exception {
		String prefix = "Tổ tự quản lỗi " + UUID.randomUUID().toString().substring(0, 8);
		List<List<String>> rows = new ArrayList<>(roster(prefix, 3, 5));
		List<String> bad = new ArrayList<>(rows.get(6));
		bad.set(7, "Không rõ");
		rows.set(6, bad);
		for (FileType type : List.of(FileType.XLSX, FileType.CSV)) {
			this.mvc
				.perform(multipart("/api/v1/teams/import")
					.file(new MockMultipartFile("file", "roster." + type.name().toLowerCase(), null,
							RosterFormat.write(rows, type)))
					.param("unit", Long.toString(this.fixtures.unit("13699")))
					.header(HttpHeaders.AUTHORIZATION, "Bearer demo-myxa"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.code").value("roster-invalid"))
				.andExpect(jsonPath("$.rows.length()").value(1))
				.andExpect(jsonPath("$.rows[0].row").value(8))
				.andExpect(jsonPath("$.rows[0].column").value("Giới tính"))
				.andExpect(jsonPath("$.rows[0].message").value("Giới tính \"Không rõ\" không hợp lệ (Nam hoặc Nữ)."));
		}
		assertThat(countTeams(prefix)).isZero();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM forces_person WHERE full_name LIKE :name")
			.param("name", prefix + "%")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theExportedRosterReImportsUnchanged() throws Exception {
		String unit = Long.toString(this.fixtures.viHoang());
		for (String format : List.of("xlsx", "csv")) {
			byte[] exported = export(unit, format);
			long memberships = countAll();
			this.mvc
				.perform(multipart("/api/v1/teams/import")
					.file(new MockMultipartFile("file", "roster." + format, null, exported))
					.param("unit", unit)
					.header(HttpHeaders.AUTHORIZATION, "Bearer demo-vihoang"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.imported").value(true))
				.andExpect(jsonPath("$.teamsCreated").value(0))
				.andExpect(jsonPath("$.membersAdded").value(0));
			assertThat(countAll()).isEqualTo(memberships);
			if (format.equals("xlsx")) {
				List<List<String>> before = cells(exported);
				assertThat(before).anySatisfy((row) -> assertThat(row).contains(ForcesFixtures.SECURITY_TEAM));
				assertThat(cells(export(unit, format))).isEqualTo(before);
			}
		}
	}

	@Test
	void aLeavingDateInTheFileClosesTheMembershipInsteadOfAddingOne() throws Exception {
		String prefix = "Tổ tự quản rời " + UUID.randomUUID().toString().substring(0, 8);
		String unit = Long.toString(this.fixtures.unit("13699"));
		importFile(unit, RosterFormat.write(roster(prefix, 1, 3), FileType.XLSX))
			.andExpect(jsonPath("$.membersAdded").value(3));
		List<List<String>> rows = new ArrayList<>(roster(prefix, 1, 3));
		List<String> leaving = new ArrayList<>(rows.get(2));
		String today = LocalDate.now(vn.lachan.shared.time.VietnamTime.ZONE).toString();
		leaving.set(RosterFormat.COLUMNS.indexOf("Ngày rời tổ"), today);
		rows.set(2, leaving);

		importFile(unit, RosterFormat.write(rows, FileType.XLSX)).andExpect(jsonPath("$.imported").value(true))
			.andExpect(jsonPath("$.membersAdded").value(0))
			.andExpect(jsonPath("$.membersLeft").value(1))
			.andExpect(jsonPath("$.unchanged").value(2));
		assertThat(countMembers(prefix)).isEqualTo(3);
		assertThat(this.jdbc.sql("""
				SELECT m.left_on FROM forces_membership m JOIN forces_person p ON p.id = m.person_id
				WHERE p.full_name = :name""").param("name", leaving.get(5)).query(LocalDate.class).single())
			.isEqualTo(LocalDate.now(vn.lachan.shared.time.VietnamTime.ZONE));
		// the same file again changes nothing more
		importFile(unit, RosterFormat.write(rows, FileType.XLSX)).andExpect(jsonPath("$.membersLeft").value(0))
			.andExpect(jsonPath("$.unchanged").value(3));
	}

	@Test
	void aTeamAlreadyRecordedTakesTheFilesDatesAndCoverage() throws Exception {
		String prefix = "Tổ tự quản đổi " + UUID.randomUUID().toString().substring(0, 8);
		String unit = Long.toString(this.fixtures.unit("13699"));
		importFile(unit, RosterFormat.write(roster(prefix, 1, 2), FileType.XLSX))
			.andExpect(jsonPath("$.teamsCreated").value(1));
		List<List<String>> rows = new ArrayList<>();
		for (List<String> row : roster(prefix, 1, 2)) {
			List<String> changed = new ArrayList<>(row);
			changed.set(RosterFormat.COLUMNS.indexOf("Ngày giải thể"),
					LocalDate.now(vn.lachan.shared.time.VietnamTime.ZONE).toString());
			changed.set(RosterFormat.COLUMNS.indexOf("Địa bàn phụ trách"), "Tổ dân phố số 2");
			rows.add(changed);
		}

		importFile(unit, RosterFormat.write(rows, FileType.XLSX)).andExpect(jsonPath("$.imported").value(true))
			.andExpect(jsonPath("$.teamsCreated").value(0))
			.andExpect(jsonPath("$.teamsUpdated").value(1))
			.andExpect(jsonPath("$.membersAdded").value(0));
		assertThat(this.jdbc.sql("SELECT ended_on FROM forces_team WHERE name LIKE :name")
			.param("name", prefix + "%")
			.query(LocalDate.class)
			.single()).isEqualTo(LocalDate.now(vn.lachan.shared.time.VietnamTime.ZONE));
		assertThat(this.jdbc.sql("""
				SELECT g.name FROM forces_team_group tg JOIN forces_team t ON t.id = tg.team_id
				JOIN residential_group g ON g.id = tg.group_id WHERE t.name LIKE :name""")
			.param("name", prefix + "%")
			.query(String.class)
			.list()).containsExactly("Tổ dân phố số 2");
		importFile(unit, RosterFormat.write(rows, FileType.XLSX)).andExpect(jsonPath("$.teamsUpdated").value(0));
	}

	private ResultActions importFile(String unit, byte[] xlsx) throws Exception {
		return this.mvc
			.perform(multipart("/api/v1/teams/import").file(new MockMultipartFile("file", "roster.xlsx", null, xlsx))
				.param("unit", unit)
				.header(HttpHeaders.AUTHORIZATION, "Bearer demo-myxa"))
			.andExpect(status().isOk());
	}

	@Test
	void theTemplateDownloadsAndOtherWardsAreOutOfScope() throws Exception {
		this.mvc.perform(get("/api/v1/teams/import-template").header(HttpHeaders.AUTHORIZATION, "Bearer demo-vihoang"))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/api/v1/teams/export").param("unit", Long.toString(this.fixtures.thongNhat()))
				.header(HttpHeaders.AUTHORIZATION, "Bearer demo-vihoang"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(multipart("/api/v1/teams/import")
				.file(new MockMultipartFile("file", "x.xlsx", null, RosterFormat.write(List.of(), FileType.XLSX)))
				.param("unit", Long.toString(this.fixtures.thongNhat()))
				.header(HttpHeaders.AUTHORIZATION, "Bearer demo-vihoang"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(multipart("/api/v1/teams/import")
				.file(new MockMultipartFile("file", "x.xlsx", null, new byte[] { 'P', 'K', 3, 4, 'n', 'o', 't' }))
				.param("unit", Long.toString(this.fixtures.viHoang()))
				.header(HttpHeaders.AUTHORIZATION, "Bearer demo-vihoang"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rows[*].code", hasItem("import.problem.unreadable")));
	}

	@Test
	void csvWithAndWithoutByteOrderMarkAndFoldedReorderedHeadersImport() throws Exception {
		String unit = Long.toString(this.fixtures.unit("13699"));
		String prefix = "Tổ tự quản CSV " + UUID.randomUUID().toString().substring(0, 8);
		byte[] marked = RosterFormat.write(roster(prefix + " có BOM", 1, 2), FileType.CSV);
		assertThat(marked[0] & 0xFF).isEqualTo(0xEF);
		send(unit, marked).andExpect(status().isOk()).andExpect(jsonPath("$.membersAdded").value(2));
		byte[] unmarked = RosterFormat.write(roster(prefix + " không BOM", 1, 2), FileType.CSV);
		byte[] plain = Arrays.copyOfRange(unmarked, 3, unmarked.length);
		send(unit, plain).andExpect(status().isOk()).andExpect(jsonPath("$.membersAdded").value(2));
		// the columns reversed, their headers without diacritics and in capitals
		List<String> headers = new ArrayList<>(
				RosterFormat.COLUMNS.stream().map((column) -> VietnameseText.fold(column).toUpperCase()).toList());
		Collections.reverse(headers);
		StringBuilder csv = new StringBuilder(String.join(",", headers)).append('\n');
		for (List<String> row : roster(prefix + " không dấu", 1, 3)) {
			List<String> reversed = new ArrayList<>(row);
			Collections.reverse(reversed);
			reversed.replaceAll((value) -> value.replace(",", ""));
			csv.append(String.join(",", reversed)).append('\n');
		}
		send(unit, csv.toString().getBytes(StandardCharsets.UTF_8)).andExpect(status().isOk())
			.andExpect(jsonPath("$.membersAdded").value(3));
		assertThat(countMembers(prefix + " có BOM")).isEqualTo(2);
		assertThat(countMembers(prefix + " không BOM")).isEqualTo(2);
		assertThat(countMembers(prefix + " không dấu")).isEqualTo(3);
	}

	@Test
	void aFileThatIsNeitherCsvNorXlsxIsRefusedNamingTheAcceptedTypes() throws Exception {
		byte[] pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.US_ASCII);
		send(Long.toString(this.fixtures.unit("13699")), pdf).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rows.length()").value(1))
			.andExpect(jsonPath("$.rows[0].code").value("import.problem.unsupported-type"))
			.andExpect(jsonPath("$.rows[0].message", containsString("CSV (.csv), Excel (.xlsx)")));
	}

	@Test
	void everyBadRowIsReportedAndNothingStored() throws Exception {
		String prefix = "Tổ tự quản nhiều lỗi " + UUID.randomUUID().toString().substring(0, 8);
		List<List<String>> rows = new ArrayList<>(roster(prefix, 2, 3));
		List<String> sex = new ArrayList<>(rows.get(1));
		sex.set(7, "Không rõ");
		rows.set(1, sex);
		List<String> joined = new ArrayList<>(rows.get(4));
		joined.set(13, "hôm qua");
		rows.set(4, joined);
		send(Long.toString(this.fixtures.unit("13699")), RosterFormat.write(rows, FileType.XLSX))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rows.length()").value(2))
			.andExpect(jsonPath("$.rows[0].row").value(3))
			.andExpect(jsonPath("$.rows[0].column").value("Giới tính"))
			.andExpect(jsonPath("$.rows[1].row").value(6))
			.andExpect(jsonPath("$.rows[1].column").value("Ngày tham gia"));
		assertThat(countTeams(prefix)).isZero();
		assertThat(countMembers(prefix)).isZero();
	}

	private ResultActions send(String unit, byte[] file) throws Exception {
		return this.mvc
			.perform(multipart("/api/v1/teams/import").file(new MockMultipartFile("file", "roster", null, file))
				.param("unit", unit)
				.header(HttpHeaders.AUTHORIZATION, "Bearer demo-myxa"));
	}

	private byte[] export(String unit, String format) throws Exception {
		return this.mvc
			.perform(get("/api/v1/teams/export").param("unit", unit)
				.param("format", format)
				.header(HttpHeaders.AUTHORIZATION, "Bearer demo-vihoang"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private static List<List<String>> cells(byte[] xlsx) throws Exception {
		List<List<String>> rows = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : workbook.getFirstSheet().read()) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < RosterFormat.COLUMNS.size(); i++) {
					cells.add((i < row.getCellCount() && row.getCell(i) != null) ? row.getCellText(i) : "");
				}
				rows.add(cells);
			}
		}
		return rows;
	}

	/** Teams of a community kind, each with its members; no rule applies to them. */
	private static List<List<String>> roster(String prefix, int teams, int membersEach) {
		LocalDate founded = LocalDate.now(vn.lachan.shared.time.VietnamTime.ZONE).minusDays(10);
		List<List<String>> rows = new ArrayList<>();
		for (int t = 0; t < teams; t++) {
			for (int m = 0; m < membersEach; m++) {
				rows.add(List.of("COMMUNITY", prefix + " số " + (t + 1), founded.toString(), "",
						"Tổ dân phố số " + (1 + t % 3), prefix + " thành viên " + t + "-" + m,
						"15/0" + (1 + m % 9) + "/19" + (60 + m), (m % 2 == 0) ? "Nam" : "Nữ",
						String.format("09%08d", t * 100 + m), "Số " + m + ", Mỹ Xá", "Tổ dân phố số " + (1 + m % 3),
						"2000-01-01", (m == 0) ? "Tổ trưởng" : "Tổ viên", founded.toString(), ""));
			}
		}
		return rows;
	}

	private long countTeams(String prefix) {
		return this.jdbc.sql("SELECT COUNT(*) FROM forces_team WHERE name LIKE :name")
			.param("name", prefix + "%")
			.query(Long.class)
			.single();
	}

	private long countMembers(String prefix) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM forces_membership m JOIN forces_team t ON t.id = m.team_id WHERE t.name LIKE :name
				""").param("name", prefix + "%").query(Long.class).single();
	}

	private long countAll() {
		return this.jdbc.sql("SELECT COUNT(*) FROM forces_membership").query(Long.class).single();
	}

}

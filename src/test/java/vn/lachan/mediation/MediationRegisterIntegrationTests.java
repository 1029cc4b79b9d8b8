package vn.lachan.mediation;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.lachan.mediation.internal.CaseRegister;
import com.jayway.jsonpath.JsonPath;

import vn.lachan.shared.DemoData;
import vn.lachan.shared.time.VietnamTime;
import vn.lachan.territory.TerritoryCatalog;
import vn.lachan.territory.TerritoryFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The register (sổ theo dõi hoạt động hòa giải ở cơ sở) of Vị Hoàng for 2021–04/2022,
 * read back from the XLSX and the PDF: one Part I row per case received in the period,
 * oldest first, with the parties' names; Part II and the totals by result as the case
 * table has them; every case in it audited as a read of its parties.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MediationRegisterIntegrationTests {

	private static final String FROM = "2021-01-01";

	private static final String TO = "2022-04-30";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TerritoryCatalog territory;

	long viHoang() {
		return this.territory.findUnitByCode("13639", DemoData.AS_OF).orElseThrow().id();
	}

	List<String> summaries() {
		return this.jdbc.sql("""
				SELECT summary FROM mediation_case WHERE unit_id = :unit
				AND received_on BETWEEN DATE '2021-01-01' AND DATE '2022-04-30' ORDER BY received_on, id""")
			.param("unit", viHoang())
			.query(String.class)
			.list();
	}

	long byStatus(String status) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM mediation_case WHERE unit_id = :unit AND status = :status
				AND received_on BETWEEN DATE '2021-01-01' AND DATE '2022-04-30'""")
			.param("unit", viHoang())
			.param("status", status)
			.query(Long.class)
			.single();
	}

	long registerAudits() {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM audit_event WHERE record_type = 'mediation-party' AND purpose = :purpose")
			.param("purpose", CaseRegister.PURPOSE)
			.query(Long.class)
			.single();
	}

	@Test
	void theXlsxListsEveryCaseOfThePeriodWithItsPartiesAndTheTotalsByResult() throws Exception {
		Cookie officer = TerritoryFixtures.signIn(this.mvc, "vihoang");
		long audits = registerAudits();
		byte[] xlsx = this.mvc
			.perform(get("/console/mediation/register.xlsx").param("from", FROM)
				.param("to", TO)
				.param("book", "2")
				.cookie(officer))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"so-theo-doi-hoa-giai.xlsx\""))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<List<String>> rows = cells(xlsx);
		assertThat(rows.get(0).get(0)).isEqualTo("SỔ THEO DÕI HOẠT ĐỘNG HÒA GIẢI Ở CƠ SỞ");
		assertThat(rows.get(1).get(0)).contains("Phường Vị Hoàng", "01/01/2021", "30/04/2022");
		List<String> teams = this.jdbc.sql("""
				SELECT DISTINCT t.name FROM forces_team t JOIN mediation_case c ON c.team_id = t.id
				WHERE c.unit_id = :unit AND c.received_on BETWEEN DATE '2021-01-01' AND DATE '2022-04-30'""")
			.param("unit", viHoang())
			.query(String.class)
			.list();
		assertThat(teams).isNotEmpty();
		assertThat(rows.get(2).get(0)).startsWith("Tổ hòa giải: ").contains(teams).endsWith("Quyển số: 2");
		assertThat(rows.get(4)).containsExactly("STT", "Ngày tiếp nhận", "Hòa giải viên; người được mời",
				"Họ tên, địa chỉ các bên", "Nội dung chủ yếu của vụ việc",
				"Thỏa thuận đạt được (hoặc yêu cầu của các bên)", "Kết quả", "Chữ ký", "Ghi chú");
		List<String> summaries = summaries();
		assertThat(summaries).hasSize(12);
		List<List<String>> part1 = rows.subList(5, 5 + summaries.size());
		assertThat(part1).extracting((row) -> row.get(4)).containsExactlyElementsOf(summaries);
		assertThat(part1).extracting((row) -> row.get(0))
			.containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
		assertThat(part1.get(0).get(1)).isEqualTo("18/01/2021");
		assertThat(part1.get(0).get(3)).contains("Trần Văn Lợi", "Phạm Thị Gấm");
		assertThat(part1.get(0).get(6)).isEqualTo("Hòa giải thành");
		assertThat(part1).filteredOn((row) -> row.get(8).startsWith("Đã chuyển tin báo số"))
			.hasSize(this.jdbc.sql("""
					SELECT COUNT(*) FROM mediation_case WHERE unit_id = :unit AND tip_id IS NOT NULL
					AND received_on BETWEEN DATE '2021-01-01' AND DATE '2022-04-30'""")
				.param("unit", viHoang())
				.query(Long.class)
				.single()
				.intValue());
		assertThat(part1).allSatisfy((row) -> assertThat(row.get(2)).isNotBlank());

		int part2 = rows.indexOf(rows.stream()
			.filter((row) -> row.get(0).equals("Phần II. Tổng hợp kết quả hòa giải"))
			.findFirst()
			.orElseThrow());
		assertThat(rows.get(part2 + 1)).startsWith("STT", "Hòa giải viên; người được mời", "Loại vụ, việc", "Kết quả",
				"Ghi chú");
		assertThat(rows.get(part2 + 2).subList(2, 4)).containsExactly("Mâu thuẫn hàng xóm", "Hòa giải thành");
		List<List<String>> totals = rows.subList(part2 + 3 + summaries.size(), rows.size());
		assertThat(totals).extracting((row) -> row.get(0) + "=" + row.get(1))
			.containsExactly("Tổng số vụ, việc tiếp nhận=12", "Hòa giải thành=" + byStatus("SUCCEEDED"),
					"Hòa giải không thành=" + byStatus("FAILED"), "Rút yêu cầu=" + byStatus("WITHDRAWN"),
					"Đang hòa giải=" + byStatus("OPEN"));
		assertThat(registerAudits()).isEqualTo(audits + summaries.size());
	}

	@Test
	void anEscalatedCaseNotesItsTipInTheRegister() throws Exception {
		long team = this.jdbc.sql("SELECT MIN(id) FROM forces_team WHERE unit_id = :unit AND kind_code = 'MEDIATION'")
			.param("unit", viHoang())
			.query(Long.class)
			.single();
		long mediator = this.jdbc
			.sql("SELECT MIN(person_id) FROM forces_membership WHERE team_id = :team AND left_on IS NULL")
			.param("team", team)
			.query(Long.class)
			.single();
		String today = LocalDate.now(VietnamTime.ZONE).toString();
		String opened = this.mvc
			.perform(post("/api/v1/mediation/cases").header(HttpHeaders.AUTHORIZATION, "Bearer demo-hoagiai")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"unitId": %d, "teamId": %d, "grounds": "MEDIATOR_SAW", "kind": "NEIGHBOURS",
						 "summary": "Xô xát về rác thải đổ trước cửa", "receivedOn": "%s", "mediatorIds": [%d],
						 "parties": [{"name": "Mai Văn Rác", "invited": false}]}""".formatted(viHoang(), team, today,
						mediator)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(opened, "$.id")).longValue();
		String escalated = this.mvc
			.perform(post("/api/v1/mediation/cases/{id}/escalation", id)
				.header(HttpHeaders.AUTHORIZATION, "Bearer demo-hoagiai")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"categoryCode\": \"fight\", \"description\": \"Có nguy cơ xô xát\", \"urgent\": true}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long tip = ((Number) JsonPath.read(escalated, "$.tipId")).longValue();
		Cookie mediatorSession = TerritoryFixtures.signIn(this.mvc, "hoagiai");
		byte[] xlsx = this.mvc.perform(
				get("/console/mediation/register.xlsx").param("from", today).param("to", today).cookie(mediatorSession))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(cells(xlsx)).filteredOn((row) -> row.get(4).equals("Xô xát về rác thải đổ trước cửa"))
			.singleElement()
			.satisfies((row) -> {
				assertThat(row.get(3)).isEqualTo("Mai Văn Rác");
				assertThat(row.get(6)).isEqualTo("Đang hòa giải");
				assertThat(row.get(8)).isEqualTo("Đã chuyển tin báo số " + tip);
			});
	}

	@Test
	void thePdfHasThePartsAndTheCasesWithTheFontEmbedded() throws Exception {
		Cookie officer = TerritoryFixtures.signIn(this.mvc, "vihoang");
		byte[] pdf = this.mvc
			.perform(get("/console/mediation/register.pdf").param("from", FROM).param("to", TO).cookie(officer))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("SỔ THEO DÕI HOẠT ĐỘNG HÒA GIẢI Ở CƠ SỞ", "Phường Vị Hoàng",
					"Phần I. Theo dõi vụ, việc hòa giải", "Phần II. Tổng hợp kết quả hòa giải", "Trần Văn Lợi",
					"Tổ hòa giải: ", "Quyển số: …………", "Tổng số vụ, việc tiếp nhận 12");
			assertThat(document.getPage(0).getResources().getFontNames()).allSatisfy(
					(name) -> assertThat(document.getPage(0).getResources().getFont(name).isEmbedded()).isTrue());
		}
	}

	@Test
	void aPeriodEndingBeforeItStartsShowsTheListAgainWithTheMessageAndAuditsNothing() throws Exception {
		Cookie officer = TerritoryFixtures.signIn(this.mvc, "vihoang");
		long audits = registerAudits();
		var flash = this.mvc
			.perform(get("/console/mediation/register.pdf").param("from", TO).param("to", FROM).cookie(officer))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/console/mediation"))
			.andExpect(flash().attribute("registerErrorKey", "mediation.error.period"))
			.andReturn()
			.getFlashMap();
		this.mvc.perform(get("/console/mediation").cookie(officer).flashAttrs(flash))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("Khoảng thời gian không hợp lệ: ngày kết thúc trước ngày bắt đầu.")));
		assertThat(registerAudits()).isEqualTo(audits);
	}

	@Test
	void aBookNumberOutOfRangeShowsTheListAgainWithTheMessageAndAuditsNothing() throws Exception {
		Cookie officer = TerritoryFixtures.signIn(this.mvc, "vihoang");
		long audits = registerAudits();
		this.mvc
			.perform(get("/console/mediation/register.xlsx").param("from", FROM)
				.param("to", TO)
				.param("book", "0")
				.cookie(officer))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/console/mediation"))
			.andExpect(flash().attribute("registerErrorKey", "mediation.error.register-book"));
		assertThat(registerAudits()).isEqualTo(audits);
	}

	private static List<List<String>> cells(byte[] xlsx) throws Exception {
		List<List<String>> rows = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : workbook.getFirstSheet().read()) {
				while (rows.size() < row.getRowNum() - 1) {
					rows.add(List.of("", "", "", "", "", "", "", "", ""));
				}
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < 9; i++) {
					cells.add((i < row.getCellCount() && row.getCell(i) != null) ? row.getCellText(i) : "");
				}
				rows.add(cells);
			}
		}
		return rows;
	}

}

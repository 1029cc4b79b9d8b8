package vn.lachan.reports.periodic;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.lachan.forces.TeamKind;
import vn.lachan.forces.internal.ForcesManagement;
import vn.lachan.forces.internal.TeamDetails;
import vn.lachan.shared.DemoData;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;
import vn.lachan.territory.TerritoryCatalog;
import vn.lachan.territory.TerritoryFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo's report for Thành phố Nam Định, 01/01/2021–30/04/2022, states the article's
 * figures: in its PDF's text (PDFBox), in its XLSX's cells (fastexcel-reader), on its
 * page; and the same request gives the same figures. On a database of its own
 * ({@link PeriodicReportDatabase}): the other tests add records that change the figures.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PeriodicReportIntegrationTests {

	static final Pattern FIGURE = Pattern.compile("data-figure=\"([^\"]+)\"\\s+data-value=\"(\\d+)\"");

	static final Pattern LINK = Pattern.compile("<a href=\"([^\"]+)\" data-figure=\"([^\"]+)\" data-value=\"(\\d+)\"");

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		PeriodicReportDatabase.register(registry);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	TerritoryCatalog territory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ForcesManagement forces;

	Cookie session;

	String query;

	@BeforeEach
	void signIn() throws Exception {
		this.session = TerritoryFixtures.signIn(this.mvc, "committee");
		long city = this.territory.findUnitByCode("356", DemoData.AS_OF).orElseThrow().id();
		this.query = "unit=" + city + "&kind=CUSTOM&from=2021-01-01&to=2022-04-30&unitsOn=PERIOD";
		// the reports module's tables are fed by events after the demo data commits
		await().atMost(Duration.ofSeconds(60)).until(() -> page().contains(">113<"));
	}

	@Test
	void theMediationSectionStatesViHoangsCasesAsTheCaseTableHasThem() throws Exception {
		long viHoang = this.territory.findUnitByCode("13639", DemoData.AS_OF).orElseThrow().id();
		String where = " FROM mediation_case WHERE unit_id = :unit AND received_on BETWEEN '2021-01-01' AND '2022-04-30'";
		long received = this.jdbc.sql("SELECT COUNT(*)" + where).param("unit", viHoang).query(Long.class).single();
		long successful = this.jdbc.sql("SELECT COUNT(*)" + where + " AND status = 'SUCCEEDED'")
			.param("unit", viHoang)
			.query(Long.class)
			.single();
		assertThat(received).as("the demo's mediation cases of Vị Hoàng").isPositive();
		String sentence = "tổ hòa giải Phường Vị Hoàng tiếp nhận " + received + " vụ việc, hòa giải thành " + successful
				+ " vụ.";
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(
					pdfText(bytes("/console/reports/periodic.pdf?" + this.query)).replaceAll("\\s+", " "))
				.contains(sentence));
	}

	@Test
	void thePdfStatesEveryFigureOfTheArticle() throws Exception {
		String text = pdfText(bytes("/console/reports/periodic.pdf?" + this.query)).replaceAll("\\s+", " ");
		assertThat(text).contains("Thành phố Nam Định", "01/01/2021", "30/04/2022", "Lập lúc");
		assertThat(text).contains("Thành phố Nam Định có 25 phường, xã trực thuộc.")
			.contains("581 tổ thuộc loại “Tổ COVID cộng đồng, tổ tự quản” với 4.067 thành viên")
			.contains("Phường Vị Hoàng: Tổ bảo vệ an ninh, trật tự ở cơ sở gồm 7 người, trên địa bàn 7 tổ dân phố.")
			.contains("lực lượng cơ sở Phường Vị Hoàng đã cung cấp 113 tin báo")
			.contains("bắt 3 vụ tàng trữ, sử dụng trái phép chất ma túy với 4 đối tượng")
			.contains("bắt 2 vụ đánh bạc")
			.contains("bắt 2 vụ trộm cắp tài sản")
			.contains("ngăn chặn 5 vụ đánh nhau, gây rối")
			.contains("Phường Thống Nhất có 69 mắt camera công cộng và 314 mắt camera")
			.contains("Phường Vị Hoàng phối hợp xử lý 76 vụ vi phạm trật tự đô thị")
			.contains("Hộ gia đình Phường Thống Nhất 2.078", "Nhân khẩu Phường Thống Nhất 8.389")
			.containsPattern("lực lượng cơ sở Phường Vị Hoàng đã cung cấp 113 tin báo;[^.]*hòa giải \\d+ vụ");
		assertThat(text).containsPattern(
				"chuyển hóa 2 địa bàn trọng điểm phức tạp: (Xã Nam Phong, Phường Mỹ Xá|Phường Mỹ Xá, Xã Nam Phong)");
		assertThat(text)
			.containsPattern("2 đơn vị đã hoàn thành các tiêu chí, được công nhận điển hình: .*Thống Nhất.*")
			.contains("Vị Hoàng");
		assertThat(text).contains("2 tự quản, 2 chủ động");
	}

	@Test
	void theXlsxHoldsTheSameNumbersAsThePage() throws Exception {
		List<Object[]> rows = xlsxRows(bytes("/console/reports/periodic.xlsx?" + this.query));
		assertThat(rows.stream().map((row) -> row[0]).toList())
			.anySatisfy((cell) -> assertThat(String.valueOf(cell)).contains("Thành phố Nam Định"));
		for (long figure : new long[] { 25, 581, 4067, 7, 113, 3, 4, 2, 5, 69, 314, 76, 2078, 8389 }) {
			assertThat(rows).as("a cell holds %d", figure)
				.anySatisfy((row) -> assertThat(Stream.of(row).filter(BigDecimal.class::isInstance).toList())
					.contains(BigDecimal.valueOf(figure)));
		}
		String page = page();
		Matcher matcher = FIGURE.matcher(page);
		List<String> pageFigures = new ArrayList<>();
		while (matcher.find()) {
			pageFigures.add(matcher.group(2));
		}
		List<String> cellFigures = rows.stream()
			.filter((row) -> row.length > 2 && row[2] instanceof BigDecimal)
			.map((row) -> ((BigDecimal) row[2]).toPlainString())
			.toList();
		assertThat(cellFigures).as("the XLSX's figures are the page's, in the same order").isEqualTo(pageFigures);
	}

	@Test
	void theSameRequestGivesTheSameFigures() throws Exception {
		List<Object[]> first = xlsxRows(bytes("/console/reports/periodic.xlsx?" + this.query));
		List<Object[]> second = xlsxRows(bytes("/console/reports/periodic.xlsx?" + this.query));
		assertThat(second.size()).isEqualTo(first.size());
		for (int i = 0; i < first.size(); i++) {
			if (!String.valueOf(first.get(i)[0]).startsWith("Lập lúc")) {
				assertThat(second.get(i)).containsExactly(first.get(i));
			}
		}
	}

	@Test
	void the2022ReportOnTodaysUnitsShowsViHoangsTipsUnderItsSuccessor() throws Exception {
		java.util.Map<String, Long> onThen = figures(page());
		long viHoang = TerritoryFixtures.ward(this.territory, TerritoryFixtures.VI_HOANG).id();
		long viXuyen = this.territory.findUnitByCode("13642", DemoData.AS_OF).orElseThrow().id();
		long tranTeXuong = this.territory.findUnitByCode("13636", DemoData.AS_OF).orElseThrow().id();
		assertThat(onThen).containsEntry("tips.received@" + viHoang, 113L);
		String today = page(this.query.replace("unitsOn=PERIOD", "unitsOn=TODAY"));
		java.util.Map<String, Long> onToday = figures(today);
		long namDinh = this.territory.findUnitByCode("13669", TerritoryFixtures.SUMMER_2025).orElseThrow().id();
		long successors = onThen.getOrDefault("tips.received@" + viHoang, 0L)
				+ onThen.getOrDefault("tips.received@" + viXuyen, 0L)
				+ onThen.getOrDefault("tips.received@" + tranTeXuong, 0L);
		assertThat(onToday).doesNotContainKey("tips.received@" + viHoang)
			.containsEntry("tips.received@" + namDinh, successors);
		assertThat(successors).isGreaterThanOrEqualTo(113);
		assertThat(onToday).containsEntry("tips.received", onThen.get("tips.received"));
		assertThat(today).contains("lực lượng cơ sở Phường Nam Định đã cung cấp");
	}

	@Test
	void everyLinkedFigureEqualsTheTotalOfTheListItLinksTo() throws Exception {
		List<String> walked = walkLinks(page());
		// every figure a list can show is linked: what is left has no list that shows
		// exactly its
		// records (docs/PERIODIC-REPORT.md)
		List<String> unlinked = new ArrayList<>(figures(page()).keySet());
		unlinked.removeAll(walked);
		assertThat(unlinked).isNotEmpty()
			.allSatisfy((id) -> assertThat(id).matches(
					"cameras\\.public|(org\\.units|forces\\.\\w+\\.members|cameras\\.(private|requests)|streets\\.fines-(decided|paid))(@\\d+)?"
							+ "|(tips\\.outcome|territory|stays|mediation|programs|key-areas|scoring)\\..+"));
		assertThat(walked).contains("tips.received", "forces.COMMUNITY.teams", "streets.violations")
			.anySatisfy((id) -> assertThat(id).startsWith("cameras.public@"))
			.anySatisfy((id) -> assertThat(id).startsWith("tips.received@"))
			.anySatisfy((id) -> assertThat(id).startsWith("forces.SECURITY.teams@"))
			.anySatisfy((id) -> assertThat(id).startsWith("streets.violations@"));
	}

	/**
	 * Teams are counted on the period's last day, and so are the teams of the list a team
	 * figure links to: a team founded after the article's period, one dissolved within a
	 * later period and one dissolved after it leave each figure equal to its list's total
	 * (a list of every team, or of today's, would differ).
	 */
	@Test
	void teamFiguresAndTheirListsCountTheTeamsOfThePeriodsLastDay() throws Exception {
		long myXa = TerritoryFixtures.ward(this.territory, TerritoryFixtures.MY_XA).id();
		CurrentUser officer = new CurrentUser(900_000 + myXa, "officer-" + TerritoryFixtures.MY_XA, "Cán bộ Mỹ Xá",
				Role.WARD_OFFICER, myXa, this.territory.subtreeIds(myXa), Set.of());
		LocalDate founded = LocalDate.of(2023, 1, 2);
		List<Long> ids = new ArrayList<>();
		for (LocalDate ended : List.of(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 12, 31))) {
			ids.add(this.forces
				.createTeam(officer,
						new TeamDetails(myXa, TeamKind.COMMUNITY, "Tổ tự quản thử " + ended, Set.of(), null, founded,
								ended, null))
				.id());
		}
		// the reports module's copy of the teams is fed by an event after the commit
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.jdbc.sql("SELECT COUNT(*) FROM report_forces_team WHERE team_id IN (:ids)")
				.param("ids", ids)
				.query(Long.class)
				.single() == ids.size());
		String firstHalf2023 = this.query.replace("from=2021-01-01&to=2022-04-30", "from=2023-01-01&to=2023-06-30");
		for (String page : List.of(page(), page(firstHalf2023))) {
			assertThat(walkLinks(page)).contains("forces.COMMUNITY.teams");
		}
		// and the list of that day shows the team dissolved after the period, not the
		// one dissolved in it
		String list = this.mvc
			.perform(get("/console/forces/teams?kind=COMMUNITY&unit=" + myXa + "&on=2023-06-30")
				.param("q", "tự quản thử")
				.cookie(this.session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("Tổ tự quản thử 2023-12-31").doesNotContain("Tổ tự quản thử 2023-03-01");
	}

	/**
	 * Follows every linked figure of a report's page and checks the list's total against
	 * the figure; the figures walked.
	 */
	List<String> walkLinks(String report) throws Exception {
		Matcher links = LINK.matcher(report);
		List<String> walked = new ArrayList<>();
		while (links.find()) {
			String link = links.group(1).replace("&amp;", "&");
			Object page = this.mvc.perform(get(link).cookie(this.session))
				.andExpect(status().isOk())
				.andReturn()
				.getModelAndView()
				.getModel()
				.get("page");
			assertThat(page).as("%s lists its records", link).isInstanceOf(vn.lachan.shared.paging.PageResult.class);
			assertThat(((vn.lachan.shared.paging.PageResult<?>) page).totalItems()).as("%s = %s", links.group(2), link)
				.isEqualTo(Long.parseLong(links.group(3)));
			walked.add(links.group(2));
		}
		return walked;
	}

	@Test
	void theDashboardsFiguresLinkToTheirRecordsToo() throws Exception {
		Cookie ward = TerritoryFixtures.signIn(this.mvc, "vihoang");
		String dashboard = this.mvc.perform(get("/console").cookie(ward))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher streets = Pattern.compile("id=\"figure-streets-total\" href=\"([^\"]+)\">([0-9.,]+)<")
			.matcher(dashboard);
		assertThat(streets.find()).isTrue();
		assertThat(total(streets.group(1), ward)).isEqualTo(Long.parseLong(streets.group(2).replaceAll("[.,]", "")));
		Matcher forces = Pattern.compile("id=\"figure-forces-SECURITY\"\\s+href=\"([^\"]+)\">(\\d+)")
			.matcher(dashboard);
		assertThat(forces.find()).isTrue();
		assertThat(total(forces.group(1), ward)).isEqualTo(Long.parseLong(forces.group(2)));
		Matcher report = Pattern.compile("id=\"dashboard-report\"\\s+href=\"([^\"]+)\"").matcher(dashboard);
		assertThat(report.find()).as("the dashboard links its period's report").isTrue();
		assertThat(this.mvc.perform(get(report.group(1).replace("&amp;", "&")).cookie(ward))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("data-figure=\"tips.received\"");
	}

	@Test
	void aReportOutsideTheCallersScopeOrRoleIsRefusedAndANonsensePeriodReShowsTheForm() throws Exception {
		long viHoang = TerritoryFixtures.ward(this.territory, TerritoryFixtures.VI_HOANG).id();
		long thongNhat = TerritoryFixtures.ward(this.territory, TerritoryFixtures.THONG_NHAT).id();
		Cookie ward = TerritoryFixtures.signIn(this.mvc, "vihoang");
		String own = "/console/reports/periodic?unit=" + viHoang + "&kind=YEAR&from=2021-06-15&unitsOn=PERIOD";
		String page = this.mvc.perform(get(own).cookie(ward))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("01/01/2021", "31/12/2021", "01/01/2020", "31/12/2020");
		this.mvc.perform(get(own.replace("unit=" + viHoang, "unit=" + thongNhat)).cookie(ward))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(own).cookie(TerritoryFixtures.signIn(this.mvc, "chunha")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(own).cookie(TerritoryFixtures.signIn(this.mvc, "khuvuc")))
			.andExpect(status().isForbidden());
		String nonsense = "/console/reports/periodic?unit=" + viHoang + "&kind=CUSTOM&from=2022-05-01&to=2022-01-01";
		assertThat(this.mvc.perform(get(nonsense).cookie(ward))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("id=\"periodic-refused\"")
			.contains("Ngày kết thúc phải từ ngày bắt đầu trở đi.")
			.contains("value=\"2022-01-01\"")
			.doesNotContain("data-figure=");
		for (String download : new String[] { "periodic.pdf?", "periodic.xlsx?" }) {
			assertThat(this.mvc.perform(get(nonsense.replace("periodic?", download)).cookie(ward))
				.andExpect(status().isBadRequest())
				.andReturn()
				.getResponse()
				.getContentAsString()).as("a download of no period shows the form again")
				.contains("id=\"periodic-form\"")
				.contains("Ngày kết thúc phải từ ngày bắt đầu trở đi.");
		}
		String notADate = "/console/reports/periodic?unit=" + viHoang + "&kind=CUSTOM&from=15/06/2021&to=2021-12-31";
		assertThat(this.mvc.perform(get(notADate).cookie(ward))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Giá trị không hợp lệ.")
			.contains("value=\"15/06/2021\"")
			.doesNotContain("data-figure=");
		String noUnitsDate = "/console/reports/periodic?unit=" + viHoang
				+ "&kind=MONTH&from=2021-06-01&unitsOn=DATE&unitsDate=";
		assertThat(this.mvc.perform(get(noUnitsDate).cookie(ward))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Xin nhập ô này.").doesNotContain("data-figure=");
	}

	long total(String link, Cookie session) throws Exception {
		Object page = this.mvc.perform(get(link.replace("&amp;", "&")).cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("page");
		return ((vn.lachan.shared.paging.PageResult<?>) page).totalItems();
	}

	static java.util.Map<String, Long> figures(String page) {
		java.util.Map<String, Long> figures = new java.util.LinkedHashMap<>();
		Matcher matcher = FIGURE.matcher(page);
		while (matcher.find()) {
			figures.put(matcher.group(1), Long.valueOf(matcher.group(2)));
		}
		return figures;
	}

	String page(String query) throws Exception {
		return new String(bytes("/console/reports/periodic?" + query), java.nio.charset.StandardCharsets.UTF_8);
	}

	String page() throws Exception {
		return new String(bytes("/console/reports/periodic?" + this.query), java.nio.charset.StandardCharsets.UTF_8);
	}

	byte[] bytes(String path) throws Exception {
		return this.mvc.perform(get(path).cookie(this.session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	static String pdfText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	static List<Object[]> xlsxRows(byte[] xlsx) throws IOException {
		List<Object[]> rows = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
				Stream<org.dhatim.fastexcel.reader.Row> sheet = workbook.getFirstSheet().openStream()) {
			sheet.forEach((row) -> {
				Object[] cells = new Object[6];
				for (int i = 0; i < cells.length; i++) {
					Cell cell = (i < row.getCellCount()) ? row.getCell(i) : null;
					cells[i] = (cell == null || cell.getType() == CellType.EMPTY) ? null : cell.getValue();
				}
				rows.add(cells);
			});
		}
		return rows;
	}

}

package vn.lachan.residence;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.ObjectMapper;
import vn.lachan.residence.internal.GuestInput;
import vn.lachan.residence.internal.StayFiles;
import vn.lachan.shared.DemoData;
import vn.lachan.shared.imports.ImportColumn;
import vn.lachan.shared.text.VietnameseText;
import vn.lachan.shared.time.VietnamTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Files of stays: a large CSV imports in one go, the same file again adds nothing, a file
 * with one bad row adds nothing and names the row; XLSX works like CSV; CSV with and
 * without a byte order mark, headers without diacritics and in another order, and the
 * first template's English headers import; a file that is neither CSV nor XLSX is refused
 * naming the accepted types; every bad row is reported and nothing stored. (The
 * 100,000-row case runs in bench/ResidenceBenchmark.java.)
 */
@SpringBootTest
@AutoConfigureMockMvc
class StayImportIntegrationTests {

	static final int ROWS = 5_000;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper json;

	long accommodation() throws Exception {
		MvcResult result = this.mvc
			.perform(get("/api/v1/accommodations").header(HttpHeaders.AUTHORIZATION, ResidenceIntegrationTests.HOST))
			.andExpect(status().isOk())
			.andReturn();
		return this.json.readTree(result.getResponse().getContentAsString()).get("items").get(1).get("id").asLong();
	}

	long stays(long accommodation) {
		return this.jdbc.sql("SELECT COUNT(*) FROM stay WHERE accommodation_id = :a")
			.param("a", accommodation)
			.query(Long.class)
			.single();
	}

	/** The template's headers, in the template's order. */
	static final List<String> HEADERS = StayFiles.COLUMNS.stream().map(ImportColumn::header).toList();

	static String csv(long accommodation, int rows, long seed, int badRow) {
		StringBuilder out = new StringBuilder(String.join(",", HEADERS)).append('\n');
		LocalDateTime base = LocalDateTime.now(VietnamTime.ZONE).minusDays(2).truncatedTo(ChronoUnit.MINUTES);
		for (int i = 1; i <= rows; i++) {
			String number = String.format("%012d", seed + i);
			String birth = (i == badRow) ? "31/02/1990" : "1990-01-" + String.format("%02d", 1 + i % 28);
			out.append(accommodation)
				.append(",Nguyễn Văn Khách ")
				.append(i)
				.append(',')
				.append(birth)
				.append(",M,VN,CCCD,")
				.append(number)
				.append(",Lao động,")
				.append(base.minusMinutes(i % 600).toString().replace('T', ' '))
				.append(",,P")
				.append(i % 30)
				.append('\n');
		}
		return out.toString();
	}

	@Test
	void aLargeCsvImportsOnceAndABadRowRejectsTheWholeFile() throws Exception {
		long accommodation = accommodation();
		long seed = (System.nanoTime() % 1_000_000L) * 100_000L;
		byte[] file = csv(accommodation, ROWS, seed, -1).getBytes(StandardCharsets.UTF_8);
		long before = stays(accommodation);
		long started = System.nanoTime();
		this.mvc
			.perform(
					multipart("/api/v1/stays/import").file(new MockMultipartFile("file", "khach.csv", "text/csv", file))
						.header(HttpHeaders.AUTHORIZATION, ResidenceIntegrationTests.HOST))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.added").value(ROWS));
		long millis = (System.nanoTime() - started) / 1_000_000;
		assertThat(stays(accommodation)).isEqualTo(before + ROWS);
		assertThat(millis).as("5,000 rows in %d ms", millis).isLessThan(30_000);

		this.mvc
			.perform(
					multipart("/api/v1/stays/import").file(new MockMultipartFile("file", "khach.csv", "text/csv", file))
						.header(HttpHeaders.AUTHORIZATION, ResidenceIntegrationTests.HOST))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.repeated").value(true))
			.andExpect(jsonPath("$.added").value(0));
		assertThat(stays(accommodation)).isEqualTo(before + ROWS);

		byte[] bad = csv(accommodation, 50, seed + ROWS, 3).getBytes(StandardCharsets.UTF_8);
		this.mvc
			.perform(multipart("/api/v1/stays/import").file(new MockMultipartFile("file", "khach.csv", "text/csv", bad))
				.header(HttpHeaders.AUTHORIZATION, ResidenceIntegrationTests.HOST))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[*].field", hasItem("guests[2].birthDate")));
		assertThat(stays(accommodation)).isEqualTo(before + ROWS);
	}

	@Test
	void xlsxImportsLikeCsvAndTemplatesDownload() throws Exception {
		long accommodation = accommodation();
		long seed = 500_000_000_000L + (System.nanoTime() % 1_000_000L) * 10L;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet("luu-tru");
		String[] lines = csv(accommodation, 3, seed, -1).split("\n");
		for (int r = 0; r < lines.length; r++) {
			String[] cells = lines[r].split(",", -1);
			for (int c = 0; c < cells.length; c++) {
				sheet.value(r, c, cells[c]);
			}
		}
		workbook.finish();
		long before = stays(accommodation);
		this.mvc
			.perform(multipart("/api/v1/stays/import")
				.file(new MockMultipartFile("file", "khach.xlsx", "application/octet-stream", out.toByteArray()))
				.header(HttpHeaders.AUTHORIZATION, ResidenceIntegrationTests.HOST))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.added").value(3));
		assertThat(stays(accommodation)).isEqualTo(before + 3);
		this.mvc.perform(get("/console/residence/import/template.xlsx")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user("chunha")))
			.andExpect(status().isOk());
	}

	private org.springframework.test.web.servlet.ResultActions send(byte[] file) throws Exception {
		return this.mvc
			.perform(multipart("/api/v1/stays/import").file(new MockMultipartFile("file", "khach", null, file))
				.header(HttpHeaders.AUTHORIZATION, ResidenceIntegrationTests.HOST));
	}

	@Test
	void csvWithAndWithoutByteOrderMarkReorderedHeadersWithoutDiacriticsAndTheOldEnglishHeadersImport()
			throws Exception {
		long accommodation = accommodation();
		long seed = 600_000_000_000L + (System.nanoTime() % 1_000_000L) * 100L;
		long before = stays(accommodation);
		byte[] plain = csv(accommodation, 2, seed, -1).getBytes(StandardCharsets.UTF_8);
		assertThat(plain[0]).isNotEqualTo((byte) 0xEF);
		send(plain).andExpect(status().isCreated()).andExpect(jsonPath("$.added").value(2));
		byte[] marked = ("\uFEFF" + csv(accommodation, 2, seed + 10, -1)).getBytes(StandardCharsets.UTF_8);
		assertThat(marked[0] & 0xFF).isEqualTo(0xEF);
		send(marked).andExpect(status().isCreated()).andExpect(jsonPath("$.added").value(2));
		// the columns reversed, their headers without diacritics and in capitals
		String[] lines = csv(accommodation, 3, seed + 20, -1).split("\n");
		StringBuilder reordered = new StringBuilder();
		for (int i = 0; i < lines.length; i++) {
			List<String> cells = new ArrayList<>(List.of(lines[i].split(",", -1)));
			if (i == 0) {
				cells.replaceAll((header) -> VietnameseText.fold(header).toUpperCase());
			}
			Collections.reverse(cells);
			reordered.append(String.join(",", cells)).append('\n');
		}
		assertThat(reordered.toString()).startsWith("PHONG,DU KIEN DI,THOI DIEM DEN,");
		send(reordered.toString().getBytes(StandardCharsets.UTF_8)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.added").value(3));
		// files made from the first template, with English headers
		String english = String.join(",", GuestInput.COLUMNS)
				+ csv(accommodation, 1, seed + 30, -1).substring(csv(accommodation, 1, seed + 30, -1).indexOf('\n'));
		send(english.getBytes(StandardCharsets.UTF_8)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.added").value(1));
		assertThat(stays(accommodation)).isEqualTo(before + 8);
	}

	@Test
	void aFileThatIsNeitherCsvNorXlsxIsRefusedNamingTheAcceptedTypes() throws Exception {
		long accommodation = accommodation();
		long before = stays(accommodation);
		byte[] pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.US_ASCII);
		send(pdf).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].code").value("import.problem.unsupported-type"))
			.andExpect(jsonPath("$.errors[0].message", containsString("CSV (.csv), Excel (.xlsx)")));
		// a missing column is named, in Vietnamese
		String noArrival = String.join(",", HEADERS.subList(0, 8)) + "\n" + accommodation
				+ ",Trần Thị Bình,1991-02-03,F,VN,CCCD,036191000001,Học tập\n";
		send(noArrival.getBytes(StandardCharsets.UTF_8)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].code").value("import.problem.missing-column"))
			.andExpect(jsonPath("$.errors[0].message").value("Thiếu cột \"Thời điểm đến\"."));
		assertThat(stays(accommodation)).isEqualTo(before);
		// the page says the same
		Cookie host = signIn("chunha");
		this.mvc
			.perform(multipart("/console/residence/import").file(new MockMultipartFile("file", "khach.pdf", null, pdf))
				.cookie(host)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chỉ nhận các loại tệp: CSV (.csv), Excel (.xlsx)")));
	}

	@Test
	void everyBadRowIsReportedAndNothingStored() throws Exception {
		long accommodation = accommodation();
		long seed = 700_000_000_000L + (System.nanoTime() % 1_000_000L) * 100L;
		long before = stays(accommodation);
		List<String> lines = new ArrayList<>(List.of(csv(accommodation, 6, seed, -1).split("\n")));
		// data row 2 (spreadsheet row 3): a bad birth date; data row 5 (row 6): a short
		// CCCD and an unknown sex
		lines.set(2, lines.get(2).replaceFirst(",1990-01-\\d\\d,", ",31/02/1990,"));
		lines.set(5, lines.get(5).replaceFirst(",M,VN,CCCD,\\d{12},", ",X,VN,CCCD,12345,"));
		byte[] file = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
		send(file).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(3))
			.andExpect(jsonPath("$.errors[0].field").value("guests[1].birthDate"))
			.andExpect(jsonPath("$.errors[1].field").value("guests[4].sex"))
			.andExpect(jsonPath("$.errors[2].field").value("guests[4].documentNumber"));
		assertThat(stays(accommodation)).isEqualTo(before);
		// the page lists each problem with its spreadsheet row, its column and a message
		// in
		// Vietnamese
		String page = this.mvc
			.perform(multipart("/console/residence/import").file(new MockMultipartFile("file", "khach.csv", null, file))
				.cookie(signIn("chunha"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Tệp không được nhận: 2 dòng lỗi trên 6 dòng.")
			.contains("<td>3</td><td>Ngày sinh</td><td>Ngày không đúng định dạng yyyy-MM-dd.</td>")
			.contains("<td>6</td><td>Giới tính</td><td>Giới tính là M hoặc F.</td>")
			.contains("<td>6</td><td>Số giấy tờ</td><td>Số định danh cá nhân gồm 12 chữ số.</td>");
		assertThat(stays(accommodation)).isEqualTo(before);
	}

	private Cookie signIn(String username) throws Exception {
		return this.mvc.perform(formLogin().user(username).password(DemoData.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

}

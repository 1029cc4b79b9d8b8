package vn.lachan.residence;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
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
import vn.lachan.shared.time.VietnamTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Files of stays: a large CSV imports in one go, the same file again adds nothing, a file
 * with one bad row adds nothing and names the row; XLSX works like CSV. (The 100,000-row
 * case runs in bench/residence-import.sh.)
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
		return this.json.readTree(result.getResponse().getContentAsString()).get(1).get("id").asLong();
	}

	long stays(long accommodation) {
		return this.jdbc.sql("SELECT COUNT(*) FROM stay WHERE accommodation_id = :a")
			.param("a", accommodation)
			.query(Long.class)
			.single();
	}

	static String csv(long accommodation, int rows, long seed, int badRow) {
		StringBuilder out = new StringBuilder(String.join(",", GuestInput.COLUMNS)).append('\n');
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

}

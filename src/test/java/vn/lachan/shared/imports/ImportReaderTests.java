package vn.lachan.shared.imports;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImportReaderTests {

	private static final ImportColumn NAME = ImportColumn.required("Họ và tên", "name");

	private static final ImportColumn PHONE = ImportColumn.optional("Điện thoại");

	private static final ImportColumn GROUP = ImportColumn.required("Tổ dân phố");

	private static final List<ImportColumn> COLUMNS = List.of(NAME, PHONE, GROUP);

	private final ImportReader reader = new ImportReader(COLUMNS, 3);

	@Test
	void readsCsvWithAndWithoutByteOrderMark() {
		String csv = "Họ và tên,Điện thoại,Tổ dân phố\nNguyễn Văn An,0912345678,Tổ 5\n";
		for (String content : List.of(csv, "\uFEFF" + csv)) {
			ImportTable table = this.reader.read(content.getBytes(StandardCharsets.UTF_8));
			assertThat(table.problems()).isEmpty();
			assertThat(table.type()).isEqualTo(ImportFileType.CSV);
			assertThat(table.rows()).singleElement().satisfies((row) -> {
				assertThat(row.number()).isEqualTo(2);
				assertThat(row.get(NAME)).isEqualTo("Nguyễn Văn An");
				assertThat(row.get(PHONE)).isEqualTo("0912345678");
				assertThat(row.get(GROUP)).isEqualTo("Tổ 5");
			});
		}
	}

	@Test
	void matchesHeadersWithoutDiacriticsInAnyCaseAndOrder() {
		String csv = "TO DAN PHO,ho va ten,Dien Thoai\nTổ 5,Trần Thị Bình,0987654321\n";
		ImportTable table = this.reader.read(csv.getBytes(StandardCharsets.UTF_8));
		assertThat(table.problems()).isEmpty();
		assertThat(table.rows().get(0).values(COLUMNS)).containsExactly("Trần Thị Bình", "0987654321", "Tổ 5");
	}

	@Test
	void acceptsAnAliasAndLeavesAnOptionalColumnOut() {
		ImportTable table = this.reader.read("name,Tổ dân phố\nAn,Tổ 1\n".getBytes(StandardCharsets.UTF_8));
		assertThat(table.problems()).isEmpty();
		assertThat(table.rows().get(0).get(NAME)).isEqualTo("An");
		assertThat(table.rows().get(0).value(PHONE)).isNull();
	}

	@Test
	void reportsEveryMissingRequiredColumn() {
		ImportTable table = this.reader.read("Điện thoại\n0912345678\n".getBytes(StandardCharsets.UTF_8));
		assertThat(table.rows()).isEmpty();
		assertThat(table.problems()).containsExactly(
				new RowProblem(1, "Họ và tên", ImportReader.MISSING_COLUMN, List.of("Họ và tên")),
				new RowProblem(1, "Tổ dân phố", ImportReader.MISSING_COLUMN, List.of("Tổ dân phố")));
	}

	@Test
	void skipsBlankRowsButKeepsTheFilesRowNumbers() {
		String csv = "Họ và tên,Tổ dân phố\nAn,Tổ 1\n,\n\nBình,Tổ 2\n";
		ImportTable table = this.reader.read(csv.getBytes(StandardCharsets.UTF_8));
		assertThat(table.rows()).extracting(ImportRow::number).containsExactly(2L, 5L);
	}

	@Test
	void refusesTooManyRowsAndEmptyFiles() {
		String csv = "Họ và tên,Tổ dân phố\nA,1\nB,2\nC,3\nD,4\n";
		assertThat(this.reader.read(csv.getBytes(StandardCharsets.UTF_8)).problems())
			.containsExactly(RowProblem.ofFile(ImportReader.TOO_MANY_ROWS, "3"));
		assertThat(this.reader.read("Họ và tên,Tổ dân phố\n".getBytes(StandardCharsets.UTF_8)).problems())
			.containsExactly(RowProblem.ofFile(ImportReader.EMPTY));
		assertThat(this.reader.read(new byte[0]).problems()).containsExactly(RowProblem.ofFile(ImportReader.EMPTY));
	}

	@Test
	void readsTheXlsxItsTemplateWrites() {
		byte[] xlsx = ImportTemplate.write(ImportFileType.XLSX, "Danh sách", List.of(GROUP, PHONE, NAME),
				List.of(List.of("Tổ 3", "0912345678", "Lê Văn Cường")));
		ImportTable table = this.reader.read(xlsx);
		assertThat(table.type()).isEqualTo(ImportFileType.XLSX);
		assertThat(table.problems()).isEmpty();
		assertThat(table.rows()).singleElement().satisfies((row) -> {
			assertThat(row.number()).isEqualTo(2);
			assertThat(row.values(COLUMNS)).containsExactly("Lê Văn Cường", "0912345678", "Tổ 3");
		});
	}

	@Test
	void readsTheCsvItsTemplateWrites() {
		byte[] csv = ImportTemplate.write(ImportFileType.CSV, "x", COLUMNS, List.of(List.of("An, \"Bé\"", "", "Tổ 1")));
		assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFHọ và tên,Điện thoại,Tổ dân phố");
		ImportTable table = this.reader.read(csv);
		assertThat(table.rows().get(0).values(COLUMNS)).containsExactly("An, \"Bé\"", "", "Tổ 1");
	}

	@Test
	void theEmptyTemplateHasEveryHeader() {
		ImportTable table = this.reader.read(ImportTemplate.write(ImportFileType.XLSX, "Mẫu", COLUMNS, List.of()));
		assertThat(table.problems()).containsExactly(RowProblem.ofFile(ImportReader.EMPTY));
	}

	@Test
	void refusesAFileThatIsNeitherCsvNorXlsxNamingTheAcceptedTypes() {
		byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 };
		for (byte[] content : List.of(pdf, png)) {
			ImportTable table = this.reader.read(content);
			assertThat(table.type()).isNull();
			assertThat(table.problems())
				.containsExactly(RowProblem.ofFile(ImportReader.UNSUPPORTED_TYPE, ImportFileType.ACCEPTED));
		}
	}

	@Test
	void aZipThatIsNoWorkbookIsUnreadable() {
		byte[] zip = { 'P', 'K', 3, 4, 0, 0, 0, 0 };
		assertThat(this.reader.read(zip).problems()).containsExactly(RowProblem.ofFile(ImportReader.UNREADABLE));
	}

}

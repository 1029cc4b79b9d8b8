package vn.lachan.shared.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the rows of an imported CSV or XLSX file against its columns. The type comes from
 * the content; a leading UTF-8 byte order mark is dropped; headers match their column
 * with or without diacritics, in any case and in any order; every missing required column
 * is reported. Headers that name no column are ignored.
 */
public final class ImportReader {

	/**
	 * Message keys of the problems of a file as a whole (in {@code shared.properties}).
	 */
	public static final String UNSUPPORTED_TYPE = "import.problem.unsupported-type";

	public static final String UNREADABLE = "import.problem.unreadable";

	public static final String EMPTY = "import.problem.empty";

	public static final String TOO_MANY_ROWS = "import.problem.too-many-rows";

	public static final String MISSING_COLUMN = "import.problem.missing-column";

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private final List<ImportColumn> columns;

	private final int maxRows;

	public ImportReader(List<ImportColumn> columns, int maxRows) {
		this.columns = List.copyOf(columns);
		this.maxRows = maxRows;
	}

	public List<ImportColumn> columns() {
		return this.columns;
	}

	/** The rows of this file, or the problems of the file as a whole. */
	public ImportTable read(byte[] content) {
		ImportFileType type = ImportFileType.of(content);
		if (type == null) {
			return new ImportTable(null, List.of(),
					List.of(RowProblem.ofFile(UNSUPPORTED_TYPE, ImportFileType.ACCEPTED)));
		}
		List<List<String>> raw;
		try {
			raw = (type == ImportFileType.CSV) ? csv(content) : xlsx(content);
		}
		catch (IOException | RuntimeException ex) {
			return new ImportTable(type, List.of(), List.of(RowProblem.ofFile(UNREADABLE)));
		}
		return table(type, raw);
	}

	private ImportTable table(ImportFileType type, List<List<String>> raw) {
		if (raw.isEmpty()) {
			return new ImportTable(type, List.of(), List.of(RowProblem.ofFile(EMPTY)));
		}
		List<String> header = raw.get(0);
		Map<Integer, ImportColumn> positions = new HashMap<>();
		List<RowProblem> problems = new ArrayList<>();
		for (ImportColumn column : this.columns) {
			int position = -1;
			for (int i = 0; i < header.size() && position < 0; i++) {
				if (!positions.containsKey(i) && column.matches(header.get(i))) {
					position = i;
				}
			}
			if (position >= 0) {
				positions.put(position, column);
			}
			else if (column.required()) {
				problems.add(new RowProblem(1, column.header(), MISSING_COLUMN, List.of(column.header())));
			}
		}
		if (!problems.isEmpty()) {
			return new ImportTable(type, List.of(), problems);
		}
		List<ImportRow> rows = new ArrayList<>();
		for (int r = 1; r < raw.size(); r++) {
			List<String> values = raw.get(r);
			if (values.stream().allMatch((value) -> value == null || value.isBlank())) {
				continue;
			}
			if (rows.size() == this.maxRows) {
				return new ImportTable(type, List.of(),
						List.of(RowProblem.ofFile(TOO_MANY_ROWS, String.valueOf(this.maxRows))));
			}
			Map<String, String> cells = new LinkedHashMap<>();
			positions.forEach((position, column) -> {
				String value = (position < values.size() && values.get(position) != null) ? values.get(position) : "";
				cells.put(column.header(), value.strip());
			});
			rows.add(new ImportRow(r + 1, cells));
		}
		if (rows.isEmpty()) {
			return new ImportTable(type, List.of(), List.of(RowProblem.ofFile(EMPTY)));
		}
		return new ImportTable(type, rows, List.of());
	}

	private static List<List<String>> csv(byte[] content) throws IOException {
		int start = (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
				&& (content[2] & 0xFF) == 0xBF) ? 3 : 0;
		Reader reader = new InputStreamReader(new ByteArrayInputStream(content, start, content.length - start),
				StandardCharsets.UTF_8);
		List<List<String>> rows = new ArrayList<>();
		// each row keeps its place, blank ones too, so that row numbers are the file's
		// lines
		CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
		try (CSVParser parser = CSVParser.parse(reader, format)) {
			for (CSVRecord record : parser) {
				List<String> values = new ArrayList<>(record.toList());
				if (rows.isEmpty() && !values.isEmpty() && !values.get(0).isEmpty()
						&& values.get(0).charAt(0) == BYTE_ORDER_MARK) {
					values.set(0, values.get(0).substring(1));
				}
				rows.add(values);
			}
		}
		while (!rows.isEmpty() && rows.get(0).stream().allMatch(String::isBlank)) {
			rows.remove(0);
		}
		return rows;
	}

	private static List<List<String>> xlsx(byte[] content) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
			for (Row row : workbook.getFirstSheet().read()) {
				while (rows.size() < row.getRowNum() - 1) {
					rows.add(List.of());
				}
				List<String> values = new ArrayList<>();
				for (int i = 0; i < row.getCellCount(); i++) {
					values.add(text(row.getCell(i)));
				}
				rows.add(values);
			}
		}
		return rows;
	}

	private static String text(Cell cell) {
		if (cell == null || cell.getType() == CellType.EMPTY) {
			return "";
		}
		if (cell.getType() == CellType.NUMBER) {
			return cell.asNumber().stripTrailingZeros().toPlainString();
		}
		return cell.getText();
	}

}

package vn.lachan.forces.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * The roster file, in XLSX or CSV: one row per membership (or per team without members),
 * the team's columns first. Dates are written {@code yyyy-MM-dd}; {@code dd/MM/yyyy} and
 * Excel dates are read too. Every value is written as text, so that phone numbers keep
 * their leading zero.
 */
public final class RosterFormat {

	/** The columns, in order. */
	public static final List<String> COLUMNS = List.of("Loại tổ", "Tên tổ", "Ngày thành lập", "Ngày giải thể",
			"Địa bàn phụ trách", "Họ và tên", "Ngày sinh", "Giới tính", "Điện thoại", "Địa chỉ", "Tổ dân phố",
			"Cư trú từ", "Vai trò", "Ngày tham gia", "Ngày rời tổ");

	static final int KIND = 0;

	static final int TEAM = 1;

	static final int FOUNDED = 2;

	static final int ENDED = 3;

	static final int COVERAGE = 4;

	static final int NAME = 5;

	static final int BIRTH = 6;

	static final int SEX = 7;

	static final int PHONE = 8;

	static final int ADDRESS = 9;

	static final int GROUP = 10;

	static final int RESIDENT_SINCE = 11;

	static final int ROLE = 12;

	static final int JOINED = 13;

	static final int LEFT = 14;

	private static final String SHEET = "Danh sách";

	private RosterFormat() {
	}

	/**
	 * A row as read from a file.
	 *
	 * @param number the row's number as a spreadsheet shows it (the header is row 1)
	 * @param values the cells' text, one per column, never {@code null}
	 */
	public record RosterRow(int number, List<String> values) {

		String get(int column) {
			return (column < this.values.size()) ? this.values.get(column).strip() : "";
		}

		boolean blank() {
			return this.values.stream().allMatch(String::isBlank);
		}

	}

	/** The format of a file. */
	public enum FileType {

		XLSX, CSV;

		public static FileType of(String name) {
			return (name != null && name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) ? CSV : XLSX;
		}

	}

	static List<RosterRow> read(InputStream in, FileType type) throws IOException {
		List<RosterRow> rows = (type == FileType.CSV) ? readCsv(in) : readXlsx(in);
		return rows.stream().filter((row) -> !row.blank()).toList();
	}

	private static List<RosterRow> readXlsx(InputStream in) throws IOException {
		List<RosterRow> rows = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(in)) {
			List<Row> sheet = workbook.getFirstSheet().read();
			for (Row row : sheet) {
				if (row.getRowNum() == 1) {
					continue;
				}
				List<String> values = new ArrayList<>();
				for (int column = 0; column < COLUMNS.size(); column++) {
					values.add(text((column < row.getCellCount()) ? row.getCell(column) : null, column));
				}
				rows.add(new RosterRow(row.getRowNum(), values));
			}
		}
		return rows;
	}

	private static String text(Cell cell, int column) {
		if (cell == null || cell.getType() == CellType.EMPTY) {
			return "";
		}
		if (cell.getType() == CellType.NUMBER) {
			boolean date = column == FOUNDED || column == ENDED || column == BIRTH || column == RESIDENT_SINCE
					|| column == JOINED || column == LEFT;
			if (date) {
				return cell.asDate().toLocalDate().toString();
			}
			BigDecimal number = cell.asNumber();
			String plain = number.stripTrailingZeros().toPlainString();
			// a phone typed as a number lost its leading zero
			return (column == PHONE && plain.length() == 9) ? "0" + plain : plain;
		}
		return cell.getText();
	}

	private static List<RosterRow> readCsv(InputStream in) throws IOException {
		Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
		List<RosterRow> rows = new ArrayList<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setSkipHeaderRecord(false).get();
		try (CSVParser parser = CSVParser.parse(new java.io.BufferedReader(reader), format)) {
			int number = 0;
			for (CSVRecord record : parser) {
				number++;
				if (number == 1) {
					continue;
				}
				List<String> values = new ArrayList<>();
				for (int column = 0; column < COLUMNS.size(); column++) {
					values.add((column < record.size()) ? record.get(column) : "");
				}
				rows.add(new RosterRow(number, values));
			}
		}
		return rows;
	}

	/** A file with these rows (none for the template). */
	public static byte[] write(List<List<String>> rows, FileType type) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (type == FileType.CSV) {
				Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				writer.write('\ufeff');
				try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
					printer.printRecord(COLUMNS);
					for (List<String> row : rows) {
						printer.printRecord(row);
					}
				}
			}
			else {
				Workbook workbook = new Workbook(out, "LaChan", "1.0");
				Worksheet sheet = workbook.newWorksheet(SHEET);
				for (int column = 0; column < COLUMNS.size(); column++) {
					sheet.value(0, column, COLUMNS.get(column));
					sheet.style(0, column).bold().set();
				}
				for (int r = 0; r < rows.size(); r++) {
					List<String> row = rows.get(r);
					for (int column = 0; column < row.size(); column++) {
						if (!row.get(column).isEmpty()) {
							sheet.value(r + 1, column, row.get(column));
						}
					}
				}
				workbook.finish();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static List<String> row(String... values) {
		return Arrays.stream(values).map((value) -> (value != null) ? value : "").toList();
	}

}

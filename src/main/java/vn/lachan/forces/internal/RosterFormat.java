package vn.lachan.forces.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import vn.lachan.shared.imports.ImportColumn;
import vn.lachan.shared.imports.ImportFileType;
import vn.lachan.shared.imports.ImportReader;
import vn.lachan.shared.imports.ImportRow;
import vn.lachan.shared.imports.ImportTable;
import vn.lachan.shared.imports.ImportTemplate;

/**
 * The roster file, in XLSX or CSV (read by the shared {@link ImportReader}, headers in
 * any order, with or without diacritics): one row per membership (or per team without
 * members), the team's columns first. Dates are written {@code yyyy-MM-dd};
 * {@code dd/MM/yyyy} and Excel dates are read too. Every value is written as text, so
 * that phone numbers keep their leading zero.
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

	private static final List<String> REQUIRED = List.of("Loại tổ", "Tên tổ", "Ngày thành lập", "Họ và tên",
			"Ngày tham gia");

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

	/** The columns as the shared reader and template know them. */
	public static final List<ImportColumn> IMPORT_COLUMNS = COLUMNS.stream()
		.map((header) -> REQUIRED.contains(header) ? ImportColumn.required(header) : ImportColumn.optional(header))
		.toList();

	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	private static final Pattern WHOLE = Pattern.compile("\\d{1,6}(\\.\\d+)?");

	/** The rows of a file, or the problems of the file as a whole. */
	static ImportTable read(byte[] content, int maxRows) {
		return new ImportReader(IMPORT_COLUMNS, maxRows).read(content);
	}

	/** A row of a read file, its cells in the order of {@link #COLUMNS}. */
	static RosterRow row(ImportTable table, ImportRow row) {
		List<String> values = new ArrayList<>(row.values(IMPORT_COLUMNS));
		if (table.type() == ImportFileType.XLSX) {
			for (int column : List.of(FOUNDED, ENDED, BIRTH, RESIDENT_SINCE, JOINED, LEFT)) {
				// a date typed into a spreadsheet is a day number
				if (WHOLE.matcher(values.get(column)).matches()) {
					values.set(column, EXCEL_EPOCH.plusDays((long) Double.parseDouble(values.get(column))).toString());
				}
			}
			// a phone typed as a number lost its leading zero
			if (values.get(PHONE).length() == 9 && values.get(PHONE).chars().allMatch(Character::isDigit)) {
				values.set(PHONE, "0" + values.get(PHONE));
			}
		}
		return new RosterRow((int) row.number(), values);
	}

	/** A file with these rows (none for the template). */
	public static byte[] write(List<List<String>> rows, FileType type) {
		return ImportTemplate.write((type == FileType.CSV) ? ImportFileType.CSV : ImportFileType.XLSX, SHEET,
				IMPORT_COLUMNS, rows);
	}

	static List<String> row(String... values) {
		return Arrays.stream(values).map((value) -> (value != null) ? value : "").toList();
	}

}

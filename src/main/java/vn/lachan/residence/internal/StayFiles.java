package vn.lachan.residence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.lachan.shared.crypto.Hashes;
import vn.lachan.shared.imports.ImportColumn;
import vn.lachan.shared.imports.ImportFileType;
import vn.lachan.shared.imports.ImportReader;
import vn.lachan.shared.imports.ImportRow;
import vn.lachan.shared.imports.ImportTable;
import vn.lachan.shared.imports.ImportTemplate;

/**
 * Stay files, read by the shared {@link ImportReader}: CSV (UTF-8, with or without a byte
 * order mark) or XLSX (first sheet), the type from the content, a header row then one
 * guest per row. Headers are Vietnamese, matched with or without diacritics and in any
 * order; the English names of the first template ({@link GuestInput#COLUMNS}) are read
 * too. The downloadable templates are made from the same columns.
 */
public final class StayFiles {

	/** Files longer than this are refused as a whole. */
	public static final int MAX_ROWS = 200_000;

	public static final ImportColumn ACCOMMODATION = ImportColumn.required("Mã cơ sở lưu trú", "accommodation_id");

	public static final ImportColumn FULL_NAME = ImportColumn.required("Họ và tên", "full_name");

	public static final ImportColumn BIRTH_DATE = ImportColumn.required("Ngày sinh", "birth_date");

	public static final ImportColumn SEX = ImportColumn.optional("Giới tính", "sex");

	public static final ImportColumn NATIONALITY = ImportColumn.required("Quốc tịch", "nationality");

	public static final ImportColumn DOCUMENT_KIND = ImportColumn.required("Loại giấy tờ", "document_kind");

	public static final ImportColumn DOCUMENT_NUMBER = ImportColumn.required("Số giấy tờ", "document_number");

	public static final ImportColumn REASON = ImportColumn.optional("Lý do lưu trú", "reason");

	public static final ImportColumn ARRIVAL = ImportColumn.required("Thời điểm đến", "arrival");

	public static final ImportColumn EXPECTED_DEPARTURE = ImportColumn.optional("Dự kiến đi", "expected_departure");

	public static final ImportColumn ROOM = ImportColumn.optional("Phòng", "room");

	/** The columns, in the order of the template and of {@link GuestInput}. */
	public static final List<ImportColumn> COLUMNS = List.of(ACCOMMODATION, FULL_NAME, BIRTH_DATE, SEX, NATIONALITY,
			DOCUMENT_KIND, DOCUMENT_NUMBER, REASON, ARRIVAL, EXPECTED_DEPARTURE, ROOM);

	/**
	 * The field of {@link GuestInput} (as a form or JSON request names it) per column.
	 */
	private static final Map<String, String> FIELDS = Map.ofEntries(
			Map.entry(ACCOMMODATION.header(), "accommodationId"), Map.entry(FULL_NAME.header(), "fullName"),
			Map.entry(BIRTH_DATE.header(), "birthDate"), Map.entry(SEX.header(), "sex"),
			Map.entry(NATIONALITY.header(), "nationality"), Map.entry(DOCUMENT_KIND.header(), "documentKind"),
			Map.entry(DOCUMENT_NUMBER.header(), "documentNumber"), Map.entry(REASON.header(), "reason"),
			Map.entry(ARRIVAL.header(), "arrival"), Map.entry(EXPECTED_DEPARTURE.header(), "expectedDeparture"),
			Map.entry(ROOM.header(), "room"));

	private static final Map<String, String> HEADERS = FIELDS.entrySet()
		.stream()
		.collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));

	private static final List<String> EXAMPLE = List.of("1", "Nguyễn Văn An", "1990-05-17", "M", "VN", "CCCD",
			"036090001234", "Lao động", "2022-03-31 21:30", "2022-04-30", "P101");

	private StayFiles() {
	}

	/**
	 * The rows of a file, each with its row number as a spreadsheet shows it, and the
	 * SHA-256 of its bytes.
	 */
	public record Content(List<GuestInput> rows, List<Long> rowNumbers, String sha256) {

		public Content {
			rows = List.copyOf(rows);
			rowNumbers = List.copyOf(rowNumbers);
		}

	}

	/**
	 * Reads a file.
	 * @throws GuestRowsRejected when the file as a whole is refused (not CSV or XLSX,
	 * unreadable, a required column missing, no rows, too many rows)
	 */
	public static Content read(byte[] content) {
		ImportTable table = new ImportReader(COLUMNS, MAX_ROWS).read(content);
		if (!table.readable()) {
			throw GuestRowsRejected.file(table.problems());
		}
		List<GuestInput> rows = table.rows().stream().map(StayFiles::guest).toList();
		List<Long> numbers = table.rows().stream().map(ImportRow::number).toList();
		return new Content(rows, numbers, Hashes.sha256Hex(content));
	}

	/**
	 * Reads a file from a stream; the name decides nothing (the type is the content's).
	 */
	public static Content read(String filename, InputStream in) {
		try {
			return read(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static GuestInput guest(ImportRow row) {
		List<String> v = row.values(COLUMNS).stream().map((value) -> value.isEmpty() ? null : value).toList();
		return new GuestInput(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6), v.get(7), v.get(8),
				v.get(9), v.get(10));
	}

	/** The column of a {@link GuestInput} field, for problems. */
	static String header(String field) {
		return HEADERS.getOrDefault(field, field);
	}

	/** The {@link GuestInput} field of a column, for form and JSON field paths. */
	static String field(String header) {
		return FIELDS.getOrDefault(header, header);
	}

	/** The template, with one example row. */
	public static byte[] template(ImportFileType type) {
		return ImportTemplate.write(type, "Lưu trú", COLUMNS, List.of(EXAMPLE));
	}

	public static byte[] csvTemplate() {
		return template(ImportFileType.CSV);
	}

	public static byte[] xlsxTemplate() {
		return template(ImportFileType.XLSX);
	}

	/** The SHA-256 of a text, hex. */
	public static String sha256(String text) {
		return Hashes.sha256Hex(text);
	}

}

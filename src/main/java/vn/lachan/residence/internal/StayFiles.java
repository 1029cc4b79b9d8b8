package vn.lachan.residence.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.InvalidInputException.FieldProblem;

import vn.lachan.shared.crypto.Hashes;

/**
 * Reads stay files (CSV in UTF-8, or XLSX, first sheet; a header row then one guest per
 * row, columns as {@link GuestInput#COLUMNS}) while hashing them, and writes the
 * templates.
 */
public final class StayFiles {

	private static final String[] EXAMPLE = { "1", "Nguyễn Văn An", "1990-05-17", "M", "VN", "CCCD", "036090001234",
			"Lao động", "2022-03-31 21:30", "2022-04-30", "P101" };

	private StayFiles() {
	}

	/** The rows of a file and the SHA-256 of its bytes. */
	public record Content(List<GuestInput> rows, String sha256) {
	}

	public static Content read(String filename, InputStream in) {
		MessageDigest digest = Hashes.sha256();
		try (DigestInputStream hashing = new DigestInputStream(in, digest)) {
			String name = (filename != null) ? filename.toLowerCase(Locale.ROOT) : "";
			List<GuestInput> rows = name.endsWith(".xlsx") ? readXlsx(hashing) : readCsv(hashing);
			hashing.transferTo(OutputStream.nullOutputStream());
			return new Content(rows, HexFormat.of().formatHex(digest.digest()));
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidInputException invalid) {
				throw invalid;
			}
			throw new InvalidInputException(
					List.of(new FieldProblem("file", "residence.import.unreadable", "residence.import.unreadable")));
		}
	}

	private static List<GuestInput> readCsv(InputStream in) throws IOException {
		Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get();
		List<GuestInput> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(reader, format)) {
			String first = parser.getHeaderNames().isEmpty() ? ""
					: parser.getHeaderNames().get(0).replace("\uFEFF", "");
			if (!GuestInput.COLUMNS[0].equals(first)) {
				throw new InvalidInputException(
						List.of(new FieldProblem("file", "residence.import.header", "residence.import.header")));
			}
			String[] values = new String[GuestInput.COLUMNS.length];
			for (CSVRecord record : parser) {
				for (int i = 0; i < values.length; i++) {
					values[i] = (i < record.size()) ? record.get(i) : null;
				}
				rows.add(GuestInput.of(values));
			}
		}
		return rows;
	}

	private static List<GuestInput> readXlsx(InputStream in) throws IOException {
		List<GuestInput> rows = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(in)) {
			Optional<Sheet> sheet = workbook.getFirstSheet() != null ? Optional.of(workbook.getFirstSheet())
					: Optional.empty();
			if (sheet.isEmpty()) {
				return rows;
			}
			boolean header = true;
			String[] values = new String[GuestInput.COLUMNS.length];
			try (var stream = sheet.get().openStream()) {
				for (Row row : (Iterable<Row>) stream::iterator) {
					if (header) {
						header = false;
						if (!GuestInput.COLUMNS[0].equals(row.getCellText(0).strip())) {
							throw new InvalidInputException(List
								.of(new FieldProblem("file", "residence.import.header", "residence.import.header")));
						}
						continue;
					}
					boolean empty = true;
					for (int i = 0; i < values.length; i++) {
						Cell cell = (i < row.getCellCount()) ? row.getCell(i) : null;
						values[i] = (cell != null) ? cell.getText() : null;
						empty &= values[i] == null || values[i].isBlank();
					}
					if (!empty) {
						rows.add(GuestInput.of(values));
					}
				}
			}
		}
		return rows;
	}

	public static byte[] csvTemplate() {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			try (CSVPrinter printer = new CSVPrinter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8),
					CSVFormat.DEFAULT)) {
				printer.printRecord((Object[]) GuestInput.COLUMNS);
				printer.printRecord((Object[]) EXAMPLE);
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] xlsxTemplate() {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			Workbook workbook = new Workbook(out, "LaChan", "1.0");
			Worksheet sheet = workbook.newWorksheet("luu-tru");
			for (int i = 0; i < GuestInput.COLUMNS.length; i++) {
				sheet.value(0, i, GuestInput.COLUMNS[i]);
				sheet.value(1, i, EXAMPLE[i]);
			}
			workbook.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The SHA-256 of a text, hex. */
	public static String sha256(String text) {
		return Hashes.sha256Hex(text);
	}

}

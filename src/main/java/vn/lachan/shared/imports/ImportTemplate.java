package vn.lachan.shared.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a file of import columns: the empty template (no rows) or an export that reads
 * back through {@link ImportReader}. CSV starts with a byte order mark so that
 * spreadsheet programs read UTF-8; XLSX cells are text, so that phone numbers keep their
 * leading zero.
 */
public final class ImportTemplate {

	private ImportTemplate() {
	}

	public static byte[] write(ImportFileType type, String sheet, List<ImportColumn> columns,
			List<? extends List<String>> rows) {
		List<String> headers = columns.stream().map(ImportColumn::header).toList();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (type == ImportFileType.CSV) {
				Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				writer.write('\ufeff');
				try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
					printer.printRecord(headers);
					for (List<String> row : rows) {
						printer.printRecord(row);
					}
				}
			}
			else {
				Workbook workbook = new Workbook(out, "LaChan", "1.0");
				Worksheet worksheet = workbook.newWorksheet(sheet);
				for (int column = 0; column < headers.size(); column++) {
					worksheet.value(0, column, headers.get(column));
					worksheet.style(0, column).bold().set();
				}
				for (int r = 0; r < rows.size(); r++) {
					List<String> row = rows.get(r);
					for (int column = 0; column < row.size(); column++) {
						if (row.get(column) != null && !row.get(column).isEmpty()) {
							worksheet.value(r + 1, column, row.get(column));
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

}

package vn.lachan.shared.imports;

import java.util.List;
import java.util.Map;

/**
 * One data row of an imported file, its cells keyed by the column's header.
 *
 * @param number the row as a spreadsheet shows it (the header is row 1)
 * @param cells the cell of every column the file has, stripped, never {@code null}
 */
public record ImportRow(long number, Map<String, String> cells) {

	public ImportRow {
		cells = Map.copyOf(cells);
	}

	/** The cell of this column, empty when blank or absent from the file. */
	public String get(ImportColumn column) {
		return get(column.header());
	}

	/** The cell of the column with this header, empty when blank or absent. */
	public String get(String header) {
		return this.cells.getOrDefault(header, "");
	}

	/** The cell, {@code null} when blank. */
	public String value(ImportColumn column) {
		String value = get(column);
		return value.isEmpty() ? null : value;
	}

	/** The cells in the order of these columns. */
	public List<String> values(List<ImportColumn> columns) {
		return columns.stream().map(this::get).toList();
	}

	/** A problem of this row's cell in this column. */
	public RowProblem problem(ImportColumn column, String messageKey, String... arguments) {
		return new RowProblem(this.number, column.header(), messageKey, List.of(arguments));
	}

}

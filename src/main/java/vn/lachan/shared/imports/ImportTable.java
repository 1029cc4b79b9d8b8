package vn.lachan.shared.imports;

import java.util.List;

/**
 * What the reader made of a file: its data rows (blank rows dropped) or the problems of
 * the file as a whole (not a CSV or XLSX file, unreadable, a required column missing,
 * empty, too long). When there are problems there are no rows.
 */
public record ImportTable(ImportFileType type, List<ImportRow> rows, List<RowProblem> problems) {

	public ImportTable {
		rows = List.copyOf(rows);
		problems = List.copyOf(problems);
	}

	public boolean readable() {
		return this.problems.isEmpty();
	}

}

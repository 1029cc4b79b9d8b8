package vn.lachan.residence.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.imports.RowProblem;

/**
 * A submission with bad rows, or a file refused as a whole: nothing of it was stored.
 * Every bad row is reported, as the import kit's {@link RowProblem}s (row, Vietnamese
 * column header, message key); as field problems, a row's problem names the guest's field
 * ({@code guests[2].birthDate}) and a file's problem the field {@code file}.
 */
public class GuestRowsRejected extends InvalidInputException {

	private final List<RowProblem> problems;

	private final int rows;

	private final boolean fileRefused;

	/**
	 * @param problems the problems, row 0 for the file as a whole
	 * @param rows how many rows the submission had
	 * @param rowNumbers the row number of each guest of the submission, in order
	 */
	public GuestRowsRejected(List<RowProblem> problems, int rows, List<Long> rowNumbers) {
		this(problems, rows, rowNumbers, false);
	}

	private GuestRowsRejected(List<RowProblem> problems, int rows, List<Long> rowNumbers, boolean fileRefused) {
		super(fieldProblems(problems, rowNumbers, fileRefused));
		this.problems = List.copyOf(problems);
		this.rows = rows;
		this.fileRefused = fileRefused;
	}

	/**
	 * A file refused as a whole (not CSV or XLSX, unreadable, a required column missing,
	 * no rows, too many rows).
	 */
	public static GuestRowsRejected file(List<RowProblem> problems) {
		return new GuestRowsRejected(problems, 0, List.of(), true);
	}

	private static List<FieldProblem> fieldProblems(List<RowProblem> problems, List<Long> rowNumbers,
			boolean fileRefused) {
		Map<Long, Integer> index = new HashMap<>();
		for (int i = 0; i < rowNumbers.size(); i++) {
			index.putIfAbsent(rowNumbers.get(i), i);
		}
		return problems.stream().limit(1000).map((p) -> {
			if (fileRefused || p.row() == 0) {
				return new FieldProblem("file", p.messageKey(), p.messageKey());
			}
			int guest = index.getOrDefault(p.row(), (int) p.row() - 1);
			return new FieldProblem("guests[" + guest + "]." + StayFiles.field(p.column()), p.messageKey(),
					p.messageKey());
		}).toList();
	}

	public List<RowProblem> problems() {
		return this.problems;
	}

	/** How many rows the submission had (0 for a file refused as a whole). */
	public int rows() {
		return this.rows;
	}

	/** How many distinct rows are bad. */
	public long badRows() {
		return this.fileRefused ? 0 : this.problems.stream().mapToLong(RowProblem::row).distinct().count();
	}

	/** Whether the file as a whole was refused. */
	public boolean fileRefused() {
		return this.fileRefused;
	}

}

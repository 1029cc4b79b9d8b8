package vn.lachan.residence.internal;

import java.util.List;

import vn.lachan.shared.InvalidInputException;

/**
 * A submission with bad rows: nothing of it was stored. Every bad row is reported.
 */
public class GuestRowsRejected extends InvalidInputException {

	private final List<RowProblem> problems;

	private final int rows;

	public GuestRowsRejected(List<RowProblem> problems, int rows) {
		super(problems.stream()
			.limit(1000)
			.map((p) -> new FieldProblem("guests[" + (p.row() - 1) + "]." + p.field(), p.code(), p.code()))
			.toList());
		this.problems = List.copyOf(problems);
		this.rows = rows;
	}

	public List<RowProblem> problems() {
		return this.problems;
	}

	/** How many rows the submission had. */
	public int rows() {
		return this.rows;
	}

	/** How many distinct rows are bad. */
	public long badRows() {
		return this.problems.stream().mapToInt(RowProblem::row).distinct().count();
	}

}

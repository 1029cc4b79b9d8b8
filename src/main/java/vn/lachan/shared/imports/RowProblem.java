package vn.lachan.shared.imports;

import java.util.List;

/**
 * One problem of an imported file, the only shape every import reports.
 *
 * @param row the row as a spreadsheet shows it (the header is row 1), 0 for the file as a
 * whole
 * @param column the header of the column at fault, empty for the whole row or file
 * @param messageKey the message that explains the problem
 * @param arguments the message's arguments; never the personal data of the row
 */
public record RowProblem(long row, String column, String messageKey, List<String> arguments) {

	public RowProblem {
		column = (column != null) ? column : "";
		arguments = List.copyOf(arguments);
	}

	/** A problem of the file as a whole. */
	public static RowProblem ofFile(String messageKey, String... arguments) {
		return new RowProblem(0, "", messageKey, List.of(arguments));
	}

	/** The message's arguments, for {@code MessageSource}. */
	public Object[] messageArguments() {
		return this.arguments.toArray();
	}

}

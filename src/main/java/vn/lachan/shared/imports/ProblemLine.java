package vn.lachan.shared.imports;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * A {@link RowProblem} as a page lists it or an API answers it: its message in the
 * reader's language.
 *
 * @param row the row as a spreadsheet shows it (the header is row 1), 0 for the file as a
 * whole
 * @param column the header of the column at fault, empty for the whole row or file
 * @param code the problem's message key, stable
 * @param message the message
 */
public record ProblemLine(long row, String column, String code, String message) {

	public static ProblemLine of(RowProblem problem, MessageSource messages, Locale locale) {
		return new ProblemLine(problem.row(), problem.column(), problem.messageKey(),
				messages.getMessage(problem.messageKey(), problem.messageArguments(), problem.messageKey(), locale));
	}

	public static List<ProblemLine> of(List<RowProblem> problems, MessageSource messages, Locale locale) {
		return problems.stream().map((problem) -> of(problem, messages, locale)).toList();
	}

}

package vn.lachan.shared;

import java.util.List;

/**
 * Input that fails validation outside Bean Validation, with the fields at fault (answers
 * 400).
 */
public class InvalidInputException extends DomainException {

	private final List<FieldProblem> fieldProblems;

	public InvalidInputException(List<FieldProblem> fieldProblems) {
		super("validation", "Invalid input");
		this.fieldProblems = List.copyOf(fieldProblems);
	}

	public List<FieldProblem> fieldProblems() {
		return this.fieldProblems;
	}

	/**
	 * One field at fault.
	 *
	 * @param field the field's name as the client sent it
	 * @param code a stable code of the problem
	 * @param message the message shown to people
	 */
	public record FieldProblem(String field, String code, String message) {
	}

}

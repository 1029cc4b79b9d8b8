package vn.lachan.cameras.web;

import org.springframework.validation.BindingResult;

import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.InvalidInputException.FieldProblem;

/**
 * Puts the module's field problems on a form, beside their fields where the form has
 * them.
 */
final class PageErrors {

	private PageErrors() {
	}

	static void bind(InvalidInputException ex, BindingResult result) {
		for (FieldProblem problem : ex.fieldProblems()) {
			if (hasProperty(result, problem.field())) {
				result.rejectValue(problem.field(), problem.message(), problem.message());
			}
			else {
				result.reject(problem.message(), problem.message());
			}
		}
	}

	private static boolean hasProperty(BindingResult result, String field) {
		try {
			result.getFieldType(field);
			return result.getFieldType(field) != null;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}

package vn.lachan.forces.web;

import org.springframework.validation.BindingResult;

import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.InvalidInputException.FieldProblem;

/**
 * Puts the model's field problems on a form, so that the page shows them beside the
 * fields.
 */
final class PageErrors {

	private PageErrors() {
	}

	static void bind(InvalidInputException ex, BindingResult result) {
		for (FieldProblem problem : ex.fieldProblems()) {
			if (result.getFieldType(problem.field()) != null || hasProperty(result, problem.field())) {
				result.rejectValue(problem.field(), problem.message(), problem.message());
			}
			else {
				result.reject(problem.message(), problem.message());
			}
		}
	}

	private static boolean hasProperty(BindingResult result, String field) {
		try {
			result.getFieldValue(field);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}

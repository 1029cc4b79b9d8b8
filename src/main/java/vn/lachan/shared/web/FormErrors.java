package vn.lachan.shared.web;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

import org.springframework.validation.BindingResult;

import vn.lachan.shared.DomainException;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.InvalidInputException.FieldProblem;

/**
 * Puts the field problems a service found onto the form a page shows again, so that each
 * message appears beside its field ({@code fragments/fields.html}). The problem's message
 * key is the error code, so the page shows it in the reader's language.
 */
public final class FormErrors {

	private FormErrors() {
	}

	/**
	 * Each problem on the form field of the same name; a problem of a field the form does
	 * not have becomes a global error.
	 */
	public static void bind(InvalidInputException ex, BindingResult result) {
		bind(ex, result, Map.of(), null);
	}

	/**
	 * As {@link #bind(InvalidInputException, BindingResult)}, with the service's field
	 * names that the form calls otherwise ({@code "hostIds" → "hostId"}).
	 */
	public static void bind(InvalidInputException ex, BindingResult result, Map<String, String> formFields) {
		bind(ex, result, formFields, null);
	}

	/**
	 * As {@link #bind(InvalidInputException, BindingResult)}, but a problem of a field
	 * the form does not have goes to {@code otherField} (a password rule found on the
	 * service's {@code password} shown beside the form's {@code newPassword}).
	 */
	public static void bind(InvalidInputException ex, BindingResult result, String otherField) {
		bind(ex, result, Map.of(), otherField);
	}

	private static void bind(InvalidInputException ex, BindingResult result, Map<String, String> formFields,
			String otherField) {
		for (FieldProblem problem : ex.fieldProblems()) {
			String field = formFields.getOrDefault(problem.field(), problem.field());
			if (field != null && hasField(result, field)) {
				result.rejectValue(field, problem.message(), problem.message());
			}
			else if (otherField != null) {
				result.rejectValue(otherField, problem.message(), problem.message());
			}
			else {
				result.reject(problem.message(), problem.message());
			}
		}
	}

	/**
	 * The one line a page flashes for a service error of an action without a form of its
	 * own (a button on a record's page): the messages of an
	 * {@link InvalidInputException}'s field problems, each once, or the
	 * {@code problem.<code>} message of any other {@link DomainException}.
	 */
	public static String text(DomainException ex, MessageSource messages, Locale locale) {
		if (ex instanceof InvalidInputException invalid) {
			return invalid.fieldProblems()
				.stream()
				.map((problem) -> messages.getMessage(problem.message(), null, problem.message(), locale))
				.distinct()
				.collect(Collectors.joining(" "));
		}
		return messages.getMessage("problem." + ex.code(), ex.arguments(), ex.getMessage(), locale);
	}

	private static boolean hasField(BindingResult result, String field) {
		try {
			result.getFieldValue(field);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}

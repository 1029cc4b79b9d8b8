package vn.lachan.streets.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.InvalidInputException.FieldProblem;

/**
 * The field checks of a new violation; every problem at once.
 */
final class ViolationChecks {

	static final int ADDRESS_MAX = 300;

	static final int SUMMARY_MAX = 1000;

	static final int NAME_MAX = 200;

	static final int IDENTIFIER_MAX = 40;

	private ViolationChecks() {
	}

	static void check(NewViolation input, List<String> types, Instant now) {
		List<FieldProblem> problems = new ArrayList<>();
		if (input.typeCode() == null || !types.contains(input.typeCode())) {
			problems.add(problem("typeCode", "unknown", "streets.error.type"));
		}
		if (input.occurredAt() == null) {
			problems.add(problem("occurredAt", "required", "streets.error.required"));
		}
		else if (input.occurredAt().isAfter(now.plusSeconds(300))) {
			problems.add(problem("occurredAt", "future", "streets.error.future"));
		}
		if (input.address() == null || input.address().isBlank()) {
			problems.add(problem("address", "required", "streets.error.required"));
		}
		else if (input.address().length() > ADDRESS_MAX) {
			problems.add(problem("address", "too-long", "streets.error.address-too-long"));
		}
		if (input.summary() != null && input.summary().length() > SUMMARY_MAX) {
			problems.add(problem("summary", "too-long", "streets.error.summary-too-long"));
		}
		if (input.offenderKind() == null) {
			problems.add(problem("offenderKind", "required", "streets.error.required"));
		}
		if (input.offenderName() != null && input.offenderName().length() > NAME_MAX) {
			problems.add(problem("offenderName", "too-long", "streets.error.name-too-long"));
		}
		if (input.offenderIdentifier() != null && input.offenderIdentifier().length() > IDENTIFIER_MAX) {
			problems.add(problem("offenderIdentifier", "too-long", "streets.error.identifier-too-long"));
		}
		if ((input.latitude() == null) != (input.longitude() == null)) {
			problems.add(problem("latitude", "pair", "streets.error.coordinates"));
		}
		else if (input.latitude() != null && (outside(input.latitude(), 90) || outside(input.longitude(), 180))) {
			problems.add(problem("latitude", "range", "streets.error.coordinates"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	static FieldProblem problem(String field, String code, String message) {
		return new FieldProblem(field, code, message);
	}

	private static boolean outside(BigDecimal value, int limit) {
		return value.abs().compareTo(BigDecimal.valueOf(limit)) > 0;
	}

}

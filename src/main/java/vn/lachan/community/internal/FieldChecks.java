package vn.lachan.community.internal;

import java.util.ArrayList;
import java.util.List;

import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.InvalidInputException.FieldProblem;

/**
 * Field problems collected while checking an input; thrown together, before anything is
 * written.
 */
final class FieldChecks {

	private final List<FieldProblem> problems = new ArrayList<>();

	void add(String field, String code) {
		this.problems.add(new FieldProblem(field, code, code));
	}

	void check(boolean ok, String field, String code) {
		if (!ok) {
			add(field, code);
		}
	}

	boolean ok() {
		return this.problems.isEmpty();
	}

	void throwIfAny() {
		if (!this.problems.isEmpty()) {
			throw new InvalidInputException(this.problems);
		}
	}

}

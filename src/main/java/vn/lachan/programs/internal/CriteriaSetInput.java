package vn.lachan.programs.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.InvalidInputException.FieldProblem;

/**
 * A new version of a criteria set as submitted.
 */
public record CriteriaSetInput(String code, String name, String source, LocalDate validFrom,
		List<CriterionInput> criteria) {

	/**
	 * One criterion as submitted; {@code indicator} {@code null} means an entered value.
	 */
	public record CriterionInput(String code, String name, Integer weight, String indicator, Comparison comparison,
			BigDecimal threshold) {
	}

	/** Every problem at once, or nothing. */
	void check(Set<String> indicators) {
		List<FieldProblem> problems = new ArrayList<>();
		if (blank(this.code)) {
			problems.add(new FieldProblem("code", "NotBlank", "programs.error.required"));
		}
		if (blank(this.name)) {
			problems.add(new FieldProblem("name", "NotBlank", "programs.error.required"));
		}
		if (blank(this.source)) {
			problems.add(new FieldProblem("source", "NotBlank", "programs.error.required"));
		}
		if (this.validFrom == null) {
			problems.add(new FieldProblem("validFrom", "NotNull", "programs.error.required"));
		}
		if (this.criteria == null || this.criteria.isEmpty()) {
			problems.add(new FieldProblem("criteria", "NotEmpty", "programs.error.criteria-empty"));
		}
		else {
			for (int i = 0; i < this.criteria.size(); i++) {
				CriterionInput criterion = this.criteria.get(i);
				String at = "criteria[" + i + "].";
				if (blank(criterion.code())) {
					problems.add(new FieldProblem(at + "code", "NotBlank", "programs.error.required"));
				}
				if (blank(criterion.name())) {
					problems.add(new FieldProblem(at + "name", "NotBlank", "programs.error.required"));
				}
				if (criterion.weight() == null || criterion.weight() < 0 || criterion.weight() > 100) {
					problems.add(new FieldProblem(at + "weight", "Range", "programs.error.weight"));
				}
				if (criterion.threshold() == null) {
					problems.add(new FieldProblem(at + "threshold", "NotNull", "programs.error.required"));
				}
				if (criterion.comparison() == null) {
					problems.add(new FieldProblem(at + "comparison", "NotNull", "programs.error.required"));
				}
				if (criterion.indicator() != null && !indicators.contains(criterion.indicator())) {
					problems.add(
							new FieldProblem(at + "indicator", "unknownIndicator", "programs.error.unknown-indicator"));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}

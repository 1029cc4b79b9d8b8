package vn.lachan.programs.internal;

import java.time.LocalDate;
import java.util.List;

import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.InvalidInputException.FieldProblem;
import vn.lachan.shared.RuleViolationException;

/**
 * A commune-level unit designated a key area (địa bàn trọng điểm, phức tạp về TTATXH) by
 * decision, optionally narrowed to a sub-area polygon, with its plan of measures,
 * evaluation decision and relapse monitoring. It guards its own transitions.
 */
public record KeyArea(long id, long unitId, String kind, String decisionNumber, LocalDate decidedOn, String issuer,
		int year, String polygon, String measures, KeyAreaStatus status, String evaluationNumber, LocalDate evaluatedOn,
		String evaluationNote, String relapseNote, LocalDate relapseCheckedOn) {

	KeyArea startTransforming(String measuresPlan) {
		if (this.status != KeyAreaStatus.DESIGNATED) {
			throw new RuleViolationException("key-area-transition", "Not allowed from " + this.status, this.status);
		}
		String plan = (measuresPlan == null || measuresPlan.isBlank()) ? this.measures : measuresPlan.strip();
		if (plan == null || plan.isBlank()) {
			throw new InvalidInputException(
					List.of(new FieldProblem("measures", "NotBlank", "programs.error.measures-required")));
		}
		return new KeyArea(this.id, this.unitId, this.kind, this.decisionNumber, this.decidedOn, this.issuer, this.year,
				this.polygon, plan, KeyAreaStatus.TRANSFORMING, null, null, null, null, null);
	}

	/**
	 * The evaluation decision: transformed or not, never dated before the designation.
	 */
	KeyArea evaluate(boolean transformed, String number, LocalDate on, String note) {
		if (this.status != KeyAreaStatus.TRANSFORMING) {
			throw new RuleViolationException("key-area-transition", "Not allowed from " + this.status, this.status);
		}
		List<FieldProblem> problems = new java.util.ArrayList<>();
		if (number == null || number.isBlank()) {
			problems.add(new FieldProblem("number", "NotBlank", "programs.error.required"));
		}
		if (on == null) {
			problems.add(new FieldProblem("decidedOn", "NotNull", "programs.error.required"));
		}
		else if (on.isBefore(this.decidedOn)) {
			problems.add(new FieldProblem("decidedOn", "beforeDesignation", "programs.error.before-designation"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new KeyArea(this.id, this.unitId, this.kind, this.decisionNumber, this.decidedOn, this.issuer, this.year,
				this.polygon, this.measures, transformed ? KeyAreaStatus.TRANSFORMED : KeyAreaStatus.NOT_TRANSFORMED,
				number.strip(), on, note, null, null);
	}

	/** A relapse check after transformation; a relapse moves the area to RELAPSED. */
	KeyArea checkRelapse(LocalDate on, boolean relapsed, String note) {
		if (this.status != KeyAreaStatus.TRANSFORMED) {
			throw new RuleViolationException("key-area-transition", "Not allowed from " + this.status, this.status);
		}
		if (on == null || on.isBefore(this.evaluatedOn)) {
			throw new InvalidInputException(
					List.of(new FieldProblem("checkedOn", "beforeEvaluation", "programs.error.before-evaluation")));
		}
		return new KeyArea(this.id, this.unitId, this.kind, this.decisionNumber, this.decidedOn, this.issuer, this.year,
				this.polygon, this.measures, relapsed ? KeyAreaStatus.RELAPSED : KeyAreaStatus.TRANSFORMED,
				this.evaluationNumber, this.evaluatedOn, this.evaluationNote, note, on);
	}

}

package vn.lachan.streets;

import java.util.EnumSet;
import java.util.Set;

/**
 * The handling steps of an urban-order violation (Luật Xử lý vi phạm hành chính, NĐ
 * 118/2021): detected, reminded or commitment signed, working record, violation record
 * (biên bản VPHC), explanation, decision, then complied, paid or enforced.
 */
public enum ViolationStep {

	DETECTED, REMINDED, COMMITMENT_SIGNED, WORKING_RECORD, VIOLATION_RECORD, EXPLANATION, DECIDED, PAID, COMPLIED,
	ENFORCED;

	/** The steps that may follow this one. */
	public Set<ViolationStep> next() {
		return switch (this) {
			case DETECTED -> EnumSet.of(REMINDED, COMMITMENT_SIGNED, WORKING_RECORD, VIOLATION_RECORD, COMPLIED);
			case REMINDED -> EnumSet.of(COMMITMENT_SIGNED, WORKING_RECORD, VIOLATION_RECORD, COMPLIED);
			case COMMITMENT_SIGNED -> EnumSet.of(WORKING_RECORD, VIOLATION_RECORD, COMPLIED);
			case WORKING_RECORD -> EnumSet.of(VIOLATION_RECORD);
			case VIOLATION_RECORD -> EnumSet.of(EXPLANATION, DECIDED);
			case EXPLANATION -> EnumSet.of(DECIDED);
			case DECIDED -> EnumSet.of(PAID, COMPLIED, ENFORCED);
			case PAID -> EnumSet.of(COMPLIED, ENFORCED);
			case COMPLIED, ENFORCED -> EnumSet.noneOf(ViolationStep.class);
		};
	}

	/** Whether the case is concluded (the tip it came from is resolved). */
	public boolean concluded() {
		return this == PAID || this == COMPLIED || this == ENFORCED;
	}

	/** Steps only officers competent to sanction take (from the violation record on). */
	public boolean officersOnly() {
		return compareTo(VIOLATION_RECORD) >= 0 && this != COMPLIED;
	}

}

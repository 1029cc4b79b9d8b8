package vn.lachan.streets;

import java.time.LocalDate;

/**
 * What other modules may know of a violation: no offender, no address.
 *
 * @param violationId the violation's id
 * @param version increases with every change
 * @param unitId the ward or commune
 * @param typeCode the kind of violation
 * @param step the step it stands at
 * @param occurredOn the day it was found (Việt Nam's date)
 * @param fineAmount the fine decided, if any
 * @param decidedOn the day of the decision, if any
 * @param paidOn the day the fine was paid, if it was
 * @param closedOn the day the case concluded, if it did
 */
public record ViolationFacts(long violationId, int version, long unitId, String typeCode, ViolationStep step,
		LocalDate occurredOn, Long fineAmount, LocalDate decidedOn, LocalDate paidOn, LocalDate closedOn) {
}

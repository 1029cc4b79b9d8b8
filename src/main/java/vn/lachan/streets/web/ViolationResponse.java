package vn.lachan.streets.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import vn.lachan.streets.OffenderKind;
import vn.lachan.streets.ViolationStep;
import vn.lachan.streets.internal.StepEntry;
import vn.lachan.streets.internal.Violation;

/**
 * A violation as the API returns it: no offender's name or identifier.
 */
record ViolationResponse(long id, long unitId, Long groupId, String typeCode, ViolationStep step,
		List<ViolationStep> nextSteps, LocalDate occurredOn, String address, BigDecimal latitude, BigDecimal longitude,
		String summary, OffenderKind offenderKind, Long teamId, String foundBy, Long sweepId, Long tipId,
		LocalDate recordOn, LocalDate transferDue, LocalDate decisionDue, String decisionLimit, boolean overdue,
		String decidedByTitle, Long fine, LocalDate decidedOn, LocalDate paidOn, LocalDate closedOn, List<Step> steps,
		List<Long> photoIds) {

	static ViolationResponse of(Violation v, List<Long> photoIds, LocalDate today) {
		return new ViolationResponse(v.id(), v.unitId(), v.groupId(), v.typeCode(), v.step(),
				List.copyOf(v.step().next()), v.occurredOn(), v.address(), v.latitude(), v.longitude(), v.summary(),
				v.offenderKind(), v.teamId(), v.foundByName(), v.sweepId(), v.tipId(), v.recordOn(), v.transferDue(),
				v.decisionDue(), (v.decisionLimit() != null) ? v.decisionLimit().name() : null, v.overdue(today),
				v.decidedByTitle(), v.fineAmount(), v.decidedOn(), v.paidOn(), v.closedOn(),
				v.steps().stream().map(Step::of).toList(), photoIds);
	}

	/** One step taken. */
	record Step(ViolationStep step, LocalDate on, String by, String note) {

		static Step of(StepEntry entry) {
			return new Step(entry.step(), entry.onDay(), entry.actorName(), entry.note());
		}

	}

}

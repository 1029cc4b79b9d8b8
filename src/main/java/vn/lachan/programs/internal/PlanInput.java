package vn.lachan.programs.internal;

import java.time.LocalDate;
import java.util.List;

import vn.lachan.programs.internal.Plan.PlanKind;

/**
 * A plan or directive as submitted, with its tasks and the records it ordered.
 */
public record PlanInput(Long unitId, PlanKind kind, String issuer, String number, LocalDate issuedOn, String title,
		List<TaskInput> tasks, List<LinkInput> links) {

	/** A task as submitted. */
	public record TaskInput(String title, Long responsibleUnitId, LocalDate dueOn) {
	}

	/** A record the plan ordered, e.g. {@code forces/team/12}. */
	public record LinkInput(String module, String recordType, Long recordId) {
	}

}

package vn.lachan.programs;

import java.time.LocalDate;

/**
 * A plan or directive was recorded or its tasks moved on.
 */
public record PlanChanged(long planId, long unitId, String kind, String number, String title, LocalDate issuedOn,
		int tasks, int tasksDone) {
}

package vn.lachan.programs;

import java.time.LocalDate;

/**
 * A plan or directive was recorded or its tasks moved on. {@code version} grows with
 * every change: a listener keeps the newest.
 */
public record PlanChanged(long planId, long unitId, String kind, String number, String title, LocalDate issuedOn,
		int tasks, int tasksDone, int version) {
}

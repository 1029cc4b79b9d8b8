package vn.lachan.programs;

import java.time.LocalDate;

/**
 * A key area was designated or moved through its transformation. {@code version} grows
 * with every change: a listener keeps the newest.
 */
public record KeyAreaChanged(long keyAreaId, long unitId, String kind, int year, String status, LocalDate evaluatedOn,
		int version) {
}

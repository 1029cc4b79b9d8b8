package vn.lachan.programs;

import java.time.LocalDate;

/**
 * A key area was designated or moved through its transformation.
 */
public record KeyAreaChanged(long keyAreaId, long unitId, String kind, int year, String status, LocalDate evaluatedOn) {
}

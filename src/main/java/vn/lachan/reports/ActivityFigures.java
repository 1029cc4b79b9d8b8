package vn.lachan.reports;

import java.util.List;

/**
 * Activities logged by the teams of a unit and the units below it, by kind and month.
 *
 * @param unitId the unit asked for, {@code null} for every unit
 * @param year the year
 * @param rows one row per month and kind that has activities
 */
public record ActivityFigures(Long unitId, int year, List<Row> rows) {

	public ActivityFigures {
		rows = List.copyOf(rows);
	}

	public long total() {
		return this.rows.stream().mapToLong(Row::activities).sum();
	}

	/**
	 * Activities of one kind in one month ({@code yyyy-MM}).
	 */
	public record Row(String month, String kind, long activities) {
	}

}

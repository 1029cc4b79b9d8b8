package vn.lachan.reports.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A period read from day and month rollups (rows with a {@code grain} of {@code 'D'} or
 * {@code 'M'} and the day, or the month's first day, in {@code period_on}): the full
 * months inside the period from the month rows, the days before the first and after the
 * last full month from the day rows.
 *
 * @param from the period's first day
 * @param to its last day
 * @param monthsFrom the first day of its first full month ({@code to + 1} when there is
 * none)
 * @param monthsTo the first day after its last full month ({@code to + 1} when there is
 * none)
 */
record RollupRange(LocalDate from, LocalDate to, LocalDate monthsFrom, LocalDate monthsTo) {

	/**
	 * The condition on a rollup's {@code grain} and {@code period_on} for this range: the
	 * full months from the month rows, the days before and after them from the day rows.
	 * Its parameters ({@link #params(String)}) are named after {@code prefix}, so that
	 * one statement can read several periods; the parts that select nothing (no days
	 * before the first full month, none after the last, no full month) are left out,
	 * since each would still descend the index once per unit.
	 */
	String condition(String prefix) {
		List<String> parts = new ArrayList<>();
		String p = ":" + prefix;
		if (this.monthsFrom.isBefore(this.monthsTo)) {
			parts.add("(grain = 'M' AND period_on >= " + p + "MonthsFrom AND period_on < " + p + "MonthsTo)");
		}
		if (this.from.isBefore(this.monthsFrom)) {
			parts.add("(grain = 'D' AND period_on >= " + p + "From AND period_on < " + p + "MonthsFrom)");
		}
		if (!this.monthsTo.isAfter(this.to)) {
			parts.add("(grain = 'D' AND period_on >= " + p + "MonthsTo AND period_on <= " + p + "To)");
		}
		return parts.isEmpty() ? "(1 = 0)" : "(" + String.join(" OR ", parts) + ")";
	}

	static RollupRange of(LocalDate from, LocalDate to) {
		LocalDate first = (from.getDayOfMonth() == 1) ? from : from.withDayOfMonth(1).plusMonths(1);
		LocalDate after = to.plusDays(1);
		LocalDate end = (after.getDayOfMonth() == 1) ? after : after.withDayOfMonth(1);
		if (!first.isBefore(end)) {
			return new RollupRange(from, to, after, after);
		}
		return new RollupRange(from, to, first, end);
	}

	/** The parameters of {@link #condition(String)}. */
	Map<String, Object> params(String prefix) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put(prefix + "From", this.from);
		params.put(prefix + "To", this.to);
		params.put(prefix + "MonthsFrom", this.monthsFrom);
		params.put(prefix + "MonthsTo", this.monthsTo);
		return params;
	}

}

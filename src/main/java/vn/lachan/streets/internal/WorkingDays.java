package vn.lachan.streets.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working days in Việt Nam: Monday to Friday, except the public holidays and days off
 * given as data.
 */
public final class WorkingDays {

	private final Set<LocalDate> daysOff;

	public WorkingDays(Set<LocalDate> daysOff) {
		this.daysOff = Set.copyOf(daysOff);
	}

	public boolean isWorkingDay(LocalDate day) {
		DayOfWeek weekday = day.getDayOfWeek();
		return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !this.daysOff.contains(day);
	}

	/**
	 * The day on which a limit of so many working days, counted from the day after
	 * {@code start}, runs out.
	 */
	public LocalDate plus(LocalDate start, int workingDays) {
		if (workingDays < 0) {
			throw new IllegalArgumentException("workingDays must not be negative");
		}
		LocalDate day = start;
		int left = workingDays;
		while (left > 0) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				left--;
			}
		}
		return day;
	}

	/** Working days after {@code from} up to and including {@code to}. */
	public int between(LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

}

package vn.lachan.residence.internal;

import java.time.LocalDate;
import java.time.Period;

/**
 * The rules of a temporary residence term (Luật Cư trú Đ.27–28): at most two years,
 * renewable; renewal reminders 15 days before the end.
 */
public final class TemporaryResidenceTerm {

	public static final Period MAXIMUM = Period.ofYears(2);

	public static final int REMINDER_DAYS = 15;

	private TemporaryResidenceTerm() {
	}

	/** Whether a term from {@code start} to {@code end} (inclusive) is allowed. */
	public static boolean allowed(LocalDate start, LocalDate end) {
		return end.isAfter(start) && !end.isAfter(start.plus(MAXIMUM));
	}

	/** The day the renewal reminder is due. */
	public static LocalDate reminderDay(LocalDate end) {
		return end.minusDays(REMINDER_DAYS);
	}

}

package vn.lachan.reports.internal.periodic;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;

/**
 * The period of a periodic report: a month, a quarter, a year or a range of one's own,
 * both ends included; with the period it is compared with before it and the same period a
 * year before.
 *
 * @param kind how it was chosen
 * @param from its first day
 * @param to its last day
 */
public record ReportPeriod(Kind kind, LocalDate from, LocalDate to) {

	/** The longest range a report may span. */
	static final long MAX_DAYS = 3660;

	/** How a period is chosen. */
	public enum Kind {

		/** A calendar month. */
		MONTH,
		/** A calendar quarter. */
		QUARTER,
		/** A calendar year. */
		YEAR,
		/** A range of one's own. */
		CUSTOM

	}

	public ReportPeriod {
		if (from.isAfter(to) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
			throw new IllegalArgumentException("Not a period: " + from + " to " + to);
		}
	}

	/**
	 * The period a request asks for: a month, quarter or year holding {@code from} (its
	 * end is ignored), or the range from {@code from} to {@code to}; {@code null} when it
	 * is no period (a range that ends before it starts or spans more than ten years).
	 */
	public static ReportPeriod of(Kind kind, LocalDate from, LocalDate to) {
		if (kind == null || from == null) {
			return null;
		}
		return switch (kind) {
			case MONTH -> month(YearMonth.from(from));
			case QUARTER -> {
				LocalDate first = from.with(IsoFields.DAY_OF_QUARTER, 1);
				yield new ReportPeriod(kind, first, first.plusMonths(3).minusDays(1));
			}
			case YEAR -> new ReportPeriod(kind, from.withDayOfYear(1), from.withDayOfYear(1).plusYears(1).minusDays(1));
			case CUSTOM -> (to == null || from.isAfter(to) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) ? null
					: new ReportPeriod(kind, from, to);
		};
	}

	/** A calendar month. */
	public static ReportPeriod month(YearMonth month) {
		return new ReportPeriod(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
	}

	/** The number of days it spans. */
	public long days() {
		return ChronoUnit.DAYS.between(this.from, this.to) + 1;
	}

	/**
	 * The period before it: the previous month, quarter or year, or the range of the same
	 * length that ends the day before this one starts.
	 */
	public ReportPeriod previous() {
		return switch (this.kind) {
			case MONTH -> month(YearMonth.from(this.from).minusMonths(1));
			case QUARTER -> new ReportPeriod(this.kind, this.from.minusMonths(3), this.from.minusDays(1));
			case YEAR -> new ReportPeriod(this.kind, this.from.minusYears(1), this.from.minusDays(1));
			case CUSTOM -> new ReportPeriod(this.kind, this.from.minusDays(days()), this.from.minusDays(1));
		};
	}

	/** The same period a year before. */
	public ReportPeriod yearBefore() {
		if (this.kind == Kind.MONTH) {
			return month(YearMonth.from(this.from).minusYears(1));
		}
		return new ReportPeriod(this.kind, this.from.minusYears(1), this.to.minusYears(1));
	}

	/**
	 * The day whose state stands for the period (teams active, cameras standing): its
	 * last day, or today while it is still running.
	 */
	public LocalDate stateOn(LocalDate today) {
		return this.to.isAfter(today) ? today : this.to;
	}

}

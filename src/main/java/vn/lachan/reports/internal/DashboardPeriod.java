package vn.lachan.reports.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;

import vn.lachan.shared.DemoData;

/**
 * The period a dashboard shows, and the date of the territory its figures are laid on.
 * Figures are for the whole period, from its first day to its last, both included.
 *
 * @param preset how it was chosen
 * @param from its first day
 * @param to its last day
 * @param territoryDate the day whose units and residential groups the figures are shown
 * on
 */
public record DashboardPeriod(Preset preset, LocalDate from, LocalDate to, LocalDate territoryDate) {

	/**
	 * The article's period: from January 2021 to April 2022, on the units of 01/04/2022.
	 */
	public static final LocalDate ARTICLE_FROM = LocalDate.of(2021, 1, 1);

	/** The article's last day. */
	public static final LocalDate ARTICLE_TO = LocalDate.of(2022, 4, 30);

	/** The longest period a custom range may span. */
	static final long MAX_DAYS = 3660;

	/** How a period is chosen. */
	public enum Preset {

		/** The period of the 2022 article (demo mode's default). */
		ARTICLE,
		/** The current month so far. */
		MONTH,
		/** The current quarter so far. */
		QUARTER,
		/** The current year so far. */
		YEAR,
		/** The twelve months up to today. */
		LAST_12_MONTHS,
		/** A range of one's own. */
		CUSTOM

	}

	public DashboardPeriod {
		if (from.isAfter(to)) {
			throw new IllegalArgumentException("A period ends after it starts");
		}
	}

	/**
	 * The period a request asks for; its default (no preset) is the article's in demo
	 * mode, otherwise the current month. A custom range that ends before it starts, or
	 * spans more than ten years, is not a period: null.
	 */
	public static DashboardPeriod of(Preset preset, LocalDate from, LocalDate to, LocalDate today, boolean demo) {
		Preset chosen = (preset != null) ? preset : (demo ? Preset.ARTICLE : Preset.MONTH);
		return switch (chosen) {
			case ARTICLE -> new DashboardPeriod(chosen, ARTICLE_FROM, ARTICLE_TO, DemoData.AS_OF);
			case MONTH -> upToToday(chosen, today.withDayOfMonth(1), today);
			case QUARTER -> upToToday(chosen, today.with(IsoFields.DAY_OF_QUARTER, 1), today);
			case YEAR -> upToToday(chosen, today.withDayOfYear(1), today);
			case LAST_12_MONTHS -> upToToday(chosen, today.minusMonths(12).plusDays(1), today);
			case CUSTOM -> custom(from, to, today);
		};
	}

	private static DashboardPeriod upToToday(Preset preset, LocalDate from, LocalDate today) {
		return new DashboardPeriod(preset, from, today, today);
	}

	private static DashboardPeriod custom(LocalDate from, LocalDate to, LocalDate today) {
		if (from == null || to == null || from.isAfter(to) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
			return null;
		}
		return new DashboardPeriod(Preset.CUSTOM, from, to, to.isAfter(today) ? today : to);
	}

	/** The number of days it spans. */
	public long days() {
		return ChronoUnit.DAYS.between(this.from, this.to) + 1;
	}

	/** The period of the same length that ends the day before this one starts. */
	public DashboardPeriod previous() {
		LocalDate end = this.from.minusDays(1);
		LocalDate start = end.minusDays(days() - 1);
		return new DashboardPeriod(Preset.CUSTOM, start, end, end);
	}

	/** Whether this is the article's period. */
	public boolean article() {
		return this.preset == Preset.ARTICLE;
	}

}

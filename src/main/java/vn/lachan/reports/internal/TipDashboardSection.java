package vn.lachan.reports.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.lachan.reports.TipStatistics;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;
import vn.lachan.territory.AdminUnitSummary;
import vn.lachan.territory.TerritoryCatalog;

/**
 * Tips on the dashboard: open and overdue now, and the year to the date asked for with
 * its outcomes.
 */
@Component
class TipDashboardSection implements DashboardSection {

	private final TipFigureQueries queries;

	private final TerritoryCatalog territory;

	private final DashboardCharts charts;

	TipDashboardSection(TipFigureQueries queries, TerritoryCatalog territory, DashboardCharts charts) {
		this.queries = queries;
		this.charts = charts;
		this.territory = territory;
	}

	@Override
	public String template() {
		return "reports/sections/tips";
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public boolean visibleTo(CurrentUser user) {
		return user.unrestricted() || user.hasRole(Role.COMMITTEE) || user.hasRole(Role.WARD_OFFICER)
				|| user.hasRole(Role.AREA_OFFICER);
	}

	@Override
	public Object figures(CurrentUser user, DashboardPeriod period) {
		Set<Long> units = user.unrestricted() ? null : user.unitIds();
		if (units == null || user.unitId() == null) {
			long[] open = this.queries.openAndOverdue(units);
			return new TipFigures(open[0], open[1], null, null, List.of(), List.of(), null);
		}
		DashboardPeriod before = period.previous();
		TipFigureQueries.Dashboard figures = this.queries.dashboard(user.unitId(), units, period.from(), period.to(),
				before.from(), before.to());
		TipStatistics now = figures.period();
		TipStatistics previous = figures.previous();
		Locale locale = LocaleContextHolder.getLocale();
		return new TipFigures(figures.open(), figures.overdue(), now, previous, figures.months(),
				byUnit(units, figures.byUnit()),
				new Charts(this.charts.months(figures.months(), locale), this.charts.outcomes(now, previous, locale)));
	}

	/** Where there is more than one unit in scope (the committee), the tips of each. */
	private List<UnitTips> byUnit(Set<Long> units, Map<Long, Long> received) {
		if (units.size() < 2) {
			return List.of();
		}
		return received.entrySet()
			.stream()
			.map((entry) -> new UnitTips(entry.getKey(),
					this.territory.findUnit(entry.getKey()).map(AdminUnitSummary::name).orElse("#" + entry.getKey()),
					entry.getValue()))
			.toList();
	}

	/**
	 * The charts' data, as JSON for {@code static/js/dashboard-charts.js}.
	 *
	 * @param months tips by month and category
	 * @param outcomes outcomes against the previous period
	 */
	public record Charts(String months, String outcomes) {
	}

	/**
	 * The tips one unit received in the period.
	 *
	 * @param unitId the unit
	 * @param name its name
	 * @param received how many tips
	 */
	public record UnitTips(long unitId, String name, long received) {
	}

	/**
	 * The tips figures of a dashboard.
	 *
	 * @param open tips open now
	 * @param overdue open tips whose clock has run out
	 * @param period what was received in the period and came of it
	 * @param previous the same for the period of the same length before it
	 * @param months the tips received in each month of the period, by category
	 * @param byUnit the tips each unit in scope received in the period, where there are
	 * several
	 * @param charts the data of its charts
	 */
	public record TipFigures(long open, long overdue, TipStatistics period, TipStatistics previous,
			List<TipFigureQueries.MonthFigures> months, List<UnitTips> byUnit, Charts charts) {

		/** The change against the previous period, in tips. */
		public long change() {
			return this.period.received().total() - this.previous.received().total();
		}

	}

}

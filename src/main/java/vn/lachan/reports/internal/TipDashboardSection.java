package vn.lachan.reports.internal;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.lachan.reports.TipStatistics;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;

/**
 * Tips on the dashboard: open and overdue now, and the year to the date asked for with
 * its outcomes.
 */
@Component
class TipDashboardSection implements DashboardSection {

	private final TipFigureQueries queries;

	TipDashboardSection(TipFigureQueries queries) {
		this.queries = queries;
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
	public Object figures(CurrentUser user, LocalDate asOf) {
		Set<Long> units = user.unrestricted() ? null : user.unitIds();
		long[] open = this.queries.openAndOverdue(units);
		TipStatistics year = (units != null && user.unitId() != null)
				? this.queries.statistics(user.unitId(), units, asOf.withDayOfYear(1), asOf) : null;
		return new TipFigures(open[0], open[1], year);
	}

	/**
	 * What the section shows.
	 */
	public record TipFigures(long open, long overdue, TipStatistics year) {
	}

}

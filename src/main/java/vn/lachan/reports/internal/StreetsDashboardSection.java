package vn.lachan.reports.internal;

import org.springframework.stereotype.Component;

import vn.lachan.reports.StreetsFigures;
import vn.lachan.shared.security.CurrentUser;

/**
 * Urban-order violations on the dashboard: the ward's violations of the year to the date
 * asked for, and the fines decided and paid.
 */
@Component
class StreetsDashboardSection implements DashboardSection {

	private final StreetsFigureQueries queries;

	StreetsDashboardSection(StreetsFigureQueries queries) {
		this.queries = queries;
	}

	@Override
	public String template() {
		return "reports/sections/streets";
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public boolean visibleTo(CurrentUser user) {
		return user.unitId() != null && !user.unitIds().isEmpty();
	}

	@Override
	public Object figures(CurrentUser user, DashboardPeriod period) {
		StreetsFigures figures = this.queries.figures(user.unitId(), user.unitIds(), period.from(), period.to());
		return figures;
	}

}

package vn.lachan.reports.internal;

import org.springframework.stereotype.Component;

import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;

/**
 * The forces on the dashboard: teams and members by kind, active on the dashboard's date.
 */
@Component
class ForcesDashboardSection implements DashboardSection {

	private final ForcesFigureQueries queries;

	ForcesDashboardSection(ForcesFigureQueries queries) {
		this.queries = queries;
	}

	@Override
	public String template() {
		return "reports/sections/forces";
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public boolean visibleTo(CurrentUser user) {
		return user.role() != Role.HOST;
	}

	@Override
	public Object figures(CurrentUser user, DashboardPeriod period) {
		return this.queries.figures(user.unitId(), user.unrestricted() ? null : user.unitIds(), period.territoryDate());
	}

}

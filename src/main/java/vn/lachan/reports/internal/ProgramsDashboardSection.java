package vn.lachan.reports.internal;

import org.springframework.stereotype.Component;

import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;

/**
 * The programs on the dashboard: plans and their progress, models and where they run,
 * transformed key areas, model wards.
 */
@Component
class ProgramsDashboardSection implements DashboardSection {

	private final ProgramsFigureQueries queries;

	ProgramsDashboardSection(ProgramsFigureQueries queries) {
		this.queries = queries;
	}

	@Override
	public String template() {
		return "reports/sections/programs";
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public boolean visibleTo(CurrentUser user) {
		return user.role() == Role.COMMITTEE || user.role() == Role.ADMIN || user.role() == Role.WARD_OFFICER;
	}

	@Override
	public Object figures(CurrentUser user, DashboardPeriod period) {
		return this.queries.figures(user.unrestricted() ? null : user.unitIds());
	}

}

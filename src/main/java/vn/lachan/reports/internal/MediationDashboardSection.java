package vn.lachan.reports.internal;

import org.springframework.stereotype.Component;

import vn.lachan.reports.MediationFigures;
import vn.lachan.shared.security.CurrentUser;

/**
 * Grassroots mediation on the dashboard: the cases the caller's unit received in the
 * period and where they got to. Counts only; no case's content.
 */
@Component
class MediationDashboardSection implements DashboardSection {

	private final MediationFigureQueries queries;

	MediationDashboardSection(MediationFigureQueries queries) {
		this.queries = queries;
	}

	@Override
	public String template() {
		return "reports/sections/mediation";
	}

	@Override
	public int order() {
		return 45;
	}

	@Override
	public boolean visibleTo(CurrentUser user) {
		return user.unitId() != null && !user.unitIds().isEmpty();
	}

	@Override
	public Object figures(CurrentUser user, DashboardPeriod period) {
		MediationFigures figures = this.queries.figures(user.unitId(), user.unitIds(), period.from(), period.to());
		return figures;
	}

}

package vn.lachan.reports.internal;

import org.springframework.stereotype.Component;

import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;

/**
 * The cameras on the dashboard: public and private cameras standing on the dashboard's
 * date, and the footage requests.
 */
@Component
class CamerasDashboardSection implements DashboardSection {

	private final CameraFigureQueries queries;

	CamerasDashboardSection(CameraFigureQueries queries) {
		this.queries = queries;
	}

	@Override
	public String template() {
		return "reports/sections/cameras";
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public boolean visibleTo(CurrentUser user) {
		return user.role() != Role.HOST;
	}

	@Override
	public Object figures(CurrentUser user, DashboardPeriod period) {
		return this.queries.figures(user.unitId(), user.unrestricted() ? null : user.unitIds(), period.territoryDate(),
				period.from(), period.to());
	}

}

package vn.lachan.reports.internal;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;

/**
 * "3 biết" figures on the dashboard: guests present, foreigners present, late
 * notifications, and temporary residents whose term ends within 15 days, within the
 * caller's units.
 */
@Component
class ResidenceSection implements DashboardSection {

	private final JdbcClient jdbc;

	ResidenceSection(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The figures.
	 */
	record ResidenceFigures(long present, long foreignPresent, long lateGuests, long notifications,
			long expiringResidents) {
	}

	@Override
	public String template() {
		return "reports/sections/residence";
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public boolean visibleTo(CurrentUser user) {
		return user.role() != Role.HOST && user.role() != Role.FORCE_MEMBER && user.role() != Role.MEDIATOR;
	}

	@Override
	public Object figures(CurrentUser user, DashboardPeriod period) {
		String scope = user.unrestricted() ? "" : " WHERE unit_id IN (:units)";
		Map<String, Object> params = user.unrestricted() ? Map.of() : Map.of("units", user.unitIds());
		if (!user.unrestricted() && user.unitIds().isEmpty()) {
			return new ResidenceFigures(0, 0, 0, 0, 0);
		}
		ResidenceFigures stays = this.jdbc.sql("""
				SELECT COALESCE(SUM(guests - departed - purged_present), 0),
				       COALESCE(SUM(foreign_guests - foreign_departed - purged_foreign), 0),
				       COALESCE(SUM(late_guests), 0), COALESCE(SUM(notifications), 0)
				FROM report_stay_figures""" + scope)
			.params(params)
			.query((rs, row) -> new ResidenceFigures(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), 0))
			.single();
		LocalDate today = LocalDate.now(vn.lachan.shared.time.VietnamTime.ZONE);
		long expiring = this.jdbc
			.sql("SELECT COUNT(*) FROM report_temporary_residence" + (scope.isEmpty() ? " WHERE" : scope + " AND")
					+ " ends_on BETWEEN :today AND :until")
			.params(params)
			.param("today", today)
			.param("until", today.plusDays(15))
			.query(Long.class)
			.single();
		return new ResidenceFigures(stays.present(), stays.foreignPresent(), stays.lateGuests(), stays.notifications(),
				expiring);
	}

}

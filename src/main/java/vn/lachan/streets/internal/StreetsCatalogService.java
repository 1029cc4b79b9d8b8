package vn.lachan.streets.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.lachan.shared.security.CurrentUser;
import vn.lachan.streets.StreetsCatalog;
import vn.lachan.streets.ViolationFacts;

/**
 * The streets module's API for other modules.
 */
@Service
class StreetsCatalogService implements StreetsCatalog {

	private final ViolationManagement management;

	private final ViolationRepository violations;

	private final WorkingCalendar calendar;

	StreetsCatalogService(ViolationManagement management, ViolationRepository violations, WorkingCalendar calendar) {
		this.management = management;
		this.violations = violations;
		this.calendar = calendar;
	}

	@Override
	public boolean isWorkingDay(LocalDate day) {
		return this.calendar.workingDays().isWorkingDay(day);
	}

	@Override
	public ViolationFacts violation(CurrentUser user, long violationId) {
		return this.management.find(user, violationId).facts();
	}

	@Override
	public List<ViolationFacts> violationsOf(long unitId) {
		return this.violations.findByUnitIdOrderByOccurredOn(unitId).stream().map(Violation::facts).toList();
	}

}

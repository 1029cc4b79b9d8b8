package vn.lachan.reports.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.InvalidInputException.FieldProblem;
import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.territory.TerritoryCatalog;

/**
 * What every statistics endpoint checks before it counts: the unit is in the caller's
 * scope (404 otherwise) and exists, and a period does not end before it starts.
 */
@Component
class StatisticsScope {

	private final TerritoryCatalog territory;

	StatisticsScope(TerritoryCatalog territory) {
		this.territory = territory;
	}

	/** The unit, once the caller may read it and it exists. */
	long unit(CurrentUser user, long unit) {
		user.requireUnit(unit, "unit", unit);
		this.territory.findUnit(unit).orElseThrow(() -> NotFoundException.of("unit", unit));
		return unit;
	}

	/** The unit and every unit below it, once the caller may read the unit. */
	Set<Long> subtree(CurrentUser user, long unit) {
		return this.territory.subtreeIds(unit(user, unit));
	}

	/** A period from the first day to the last, both included; 400 when it ends first. */
	static void requirePeriod(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new InvalidInputException(
					List.of(new FieldProblem("to", "before-from", "reports.error.before-from")));
		}
	}

}

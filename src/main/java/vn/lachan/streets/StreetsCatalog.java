package vn.lachan.streets;

import java.time.LocalDate;
import java.util.List;

import vn.lachan.shared.security.CurrentUser;

/**
 * What other modules may ask of the streets module.
 */
public interface StreetsCatalog {

	/** A violation's facts, or NotFoundException (404) outside the caller's scope. */
	ViolationFacts violation(CurrentUser user, long violationId);

	/** The violations of a ward or commune. No scope check: callers check the unit. */
	List<ViolationFacts> violationsOf(long unitId);

	/**
	 * Whether a day is a working day in Việt Nam: Monday to Friday, except the public
	 * holidays and days off of the holiday table.
	 */
	boolean isWorkingDay(LocalDate day);

}

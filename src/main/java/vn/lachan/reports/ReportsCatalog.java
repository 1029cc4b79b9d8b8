package vn.lachan.reports;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The figures other modules and pages may ask for.
 */
public interface ReportsCatalog {

	/** Figures summed over these units; {@code null} for every unit. */
	TerritoryFigures territoryFigures(Set<Long> unitIds);

	/**
	 * Mediation cases of a unit and everything below it, received in [from, to]; the
	 * caller checks that its user may see the unit.
	 */
	MediationFigures mediationFigures(long unitId, LocalDate from, LocalDate to);

	/**
	 * Each of these units' own figures, by unit id; a unit without residential groups or
	 * places has zeros.
	 */
	Map<Long, TerritoryFigures> territoryFiguresByUnit(Set<Long> unitIds);

}

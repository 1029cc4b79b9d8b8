package vn.lachan.reports;

import java.util.Map;
import java.util.Set;

/**
 * The figures other modules and pages may ask for.
 */
public interface ReportsCatalog {

	/** Figures summed over these units; {@code null} for every unit. */
	TerritoryFigures territoryFigures(Set<Long> unitIds);

	/**
	 * Each of these units' own figures, by unit id; a unit without residential groups or
	 * places has zeros.
	 */
	Map<Long, TerritoryFigures> territoryFiguresByUnit(Set<Long> unitIds);

}

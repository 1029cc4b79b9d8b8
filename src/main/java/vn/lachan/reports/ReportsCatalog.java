package vn.lachan.reports;

import java.util.Set;

/**
 * The figures other modules and pages may ask for.
 */
public interface ReportsCatalog {

	/** Figures summed over these units; {@code null} for every unit. */
	TerritoryFigures territoryFigures(Set<Long> unitIds);

}

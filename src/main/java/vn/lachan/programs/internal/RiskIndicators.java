package vn.lachan.programs.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A key area's risk indicators: tips by category inside the unit or polygon in the year
 * before the designation (baseline) and in the year up to the day asked for (current),
 * and the entered ones.
 */
public record RiskIndicators(long keyAreaId, LocalDate baselineFrom, LocalDate baselineTo, LocalDate currentFrom,
		LocalDate currentTo, Map<String, Long> baselineTips, Map<String, Long> currentTips,
		List<EnteredIndicator> entered) {
}

package vn.lachan.territory;

import java.time.LocalDate;

/**
 * One succession link between two units.
 */
public record SuccessionSummary(long predecessorId, String predecessorName, long successorId, String successorName,
		SuccessionKind kind, LocalDate effectiveOn, String legalAct) {
}

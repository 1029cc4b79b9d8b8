package vn.lachan.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Tip figures of a unit and everything below it, for tips received between two dates
 * (inclusive, in Vietnam's zone).
 *
 * @param unitId the unit asked for
 * @param from first day
 * @param to last day
 * @param received the tips received
 * @param outcomes what came of them, by kind and offence category
 * @param outcomesByKind the same, summed by kind
 */
public record TipStatistics(long unitId, LocalDate from, LocalDate to, Received received, List<OutcomeFigure> outcomes,
		Map<String, OutcomeTotals> outcomesByKind) {

	/**
	 * Tips received, in all and by category, channel and status; overdue ones as of now.
	 */
	public record Received(long total, Map<String, Long> byCategory, Map<String, Long> byChannel,
			Map<String, Long> byStatus, long overdue) {
	}

	/**
	 * One line of outcomes.
	 */
	public record OutcomeFigure(String kind, String offenceCategory, long tips, long cases, long suspects) {
	}

	/**
	 * Outcomes of one kind.
	 */
	public record OutcomeTotals(long tips, long cases, long suspects) {
	}

}

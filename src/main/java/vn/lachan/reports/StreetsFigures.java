package vn.lachan.reports;

import java.time.LocalDate;
import java.util.Map;

/**
 * Urban-order violations of a unit and everything below it, found in [from, to].
 *
 * @param total violations found in the period
 * @param byType by kind of violation
 * @param byStep by the step they stand at
 * @param byUnit by ward or commune (unit id)
 * @param byMonth by month found, {@code 2021-01}
 * @param decided fines decided on violations of the period: how many and the sum
 * @param paid fines paid: how many and the sum
 */
public record StreetsFigures(long unitId, LocalDate from, LocalDate to, long total, Map<String, Long> byType,
		Map<String, Long> byStep, Map<Long, Long> byUnit, Map<String, Long> byMonth, Fines decided, Fines paid) {

	public StreetsFigures {
		byType = Map.copyOf(byType);
		byStep = Map.copyOf(byStep);
		byUnit = Map.copyOf(byUnit);
		byMonth = Map.copyOf(byMonth);
	}

	/** A number of fines and their sum in đồng. */
	public record Fines(long count, long amount) {
	}

}

package vn.lachan.reports;

import java.time.LocalDate;
import java.util.Map;

/**
 * Grassroots mediation cases of a unit and everything below it, received in [from, to].
 * Every count is over the cases received in the period, whatever day they ended.
 *
 * @param unitId the unit asked for
 * @param total the counts over all kinds and units
 * @param byKind the counts by kind of dispute ({@code NEIGHBOURS}, {@code LAND}, …)
 * @param byUnit the counts by ward or commune (unit id)
 */
public record MediationFigures(long unitId, LocalDate from, LocalDate to, Counts total, Map<String, Counts> byKind,
		Map<Long, Counts> byUnit) {

	public MediationFigures {
		byKind = Map.copyOf(byKind);
		byUnit = Map.copyOf(byUnit);
	}

	/**
	 * Cases by where they got to.
	 *
	 * @param received cases received
	 * @param mediated of them, cases with at least one mediation session
	 * @param successful ended in agreement (hòa giải thành)
	 * @param unsuccessful ended without agreement (hòa giải không thành)
	 * @param withdrawn ended because the request was withdrawn
	 * @param pending still open
	 * @param escalated escalated to a tip (violence threatening, a crime or a violation)
	 */
	public record Counts(long received, long mediated, long successful, long unsuccessful, long withdrawn, long pending,
			long escalated) {

		public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0);

	}

}

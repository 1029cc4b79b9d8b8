package vn.lachan.tips;

import java.time.Instant;
import java.util.List;

/**
 * The figures-relevant state of a tip, as events carry it to other modules. No
 * description, no reporter.
 *
 * @param tipId the tip's id
 * @param version increases with every change, so that a late event never overwrites a
 * newer state
 * @param unitId the ward or commune the tip belongs to
 * @param categoryCode the category's code
 * @param channel how it was received
 * @param status where it stands
 * @param urgent whether it runs on the urgent clock
 * @param receivedAt when it was received
 * @param classifyBy when it must be classified by
 * @param forwardBy when it must be resolved or forwarded by
 * @param classifiedAt when it was first classified, if it was
 * @param closedAt when it was closed, if it was
 * @param outcomes what came of it
 */
public record TipFacts(long tipId, int version, long unitId, String categoryCode, TipChannel channel, TipStatus status,
		boolean urgent, Instant receivedAt, Instant classifyBy, Instant forwardBy, Instant classifiedAt,
		Instant closedAt, List<Outcome> outcomes) {

	public TipFacts {
		outcomes = List.copyOf(outcomes);
	}

	/**
	 * One outcome of a resolved tip.
	 */
	public record Outcome(OutcomeKind kind, String offenceCategory, int cases, int suspects) {
	}

}

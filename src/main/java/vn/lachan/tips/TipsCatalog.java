package vn.lachan.tips;

import java.time.Instant;
import java.util.List;

import vn.lachan.shared.security.CurrentUser;

/**
 * What other modules may ask of the tips module: a tip's facts without its reporter or
 * description, the located tips of a ward, a tip opened on behalf of another module's
 * record, and the links between a tip and the records that took it over.
 */
public interface TipsCatalog {

	/**
	 * A tip as another module may see it.
	 * @throws vn.lachan.shared.NotFoundException when there is no such tip or it lies
	 * outside the user's scope
	 */
	TipOverview tip(CurrentUser user, long tipId);

	/**
	 * Tips of a ward or commune received in [from, to) that have coordinates, oldest
	 * first. No scope check: the caller checks the unit.
	 */
	List<TipOverview> locatedTips(long unitId, Instant from, Instant to);

	/**
	 * Opens a tip on behalf of staff of another module (a mediator's escalation, a
	 * community member's reply turned into a tip), on the field channel, linked to its
	 * source record on the timeline. Opening again for the same source returns the same
	 * tip.
	 * @throws vn.lachan.shared.InvalidInputException with field problems on bad input
	 * @throws vn.lachan.shared.NotFoundException when the unit is outside the user's
	 * scope
	 */
	OpenedTip open(CurrentUser user, TipOpening opening);

	/**
	 * Another module's record took the tip over (a violation recorded from it): the link
	 * is written on the tip's timeline, and a tip still received or assigned is now being
	 * verified. Linking twice to the same record changes nothing.
	 * @throws vn.lachan.shared.RuleViolationException when the tip is closed
	 */
	void link(CurrentUser user, long tipId, TipLink link);

	/**
	 * The linked record concluded: the tip is resolved with that outcome and note. A tip
	 * already closed is left as it is.
	 */
	void resolveFromLink(CurrentUser user, long tipId, TipLink link, OutcomeKind outcome, String note);

}

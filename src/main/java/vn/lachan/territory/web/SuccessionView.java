package vn.lachan.territory.web;

import java.time.LocalDate;
import java.util.List;

import vn.lachan.shared.security.CurrentUser;
import vn.lachan.territory.AdminUnitSummary;
import vn.lachan.territory.SuccessionSummary;

/**
 * A succession as a unit's page shows it: from the unit's side, towards the other unit.
 *
 * @param outgoing whether the unit is the predecessor (it became the other unit)
 * @param messageKey the message that says what happened
 * @param otherId the other unit
 * @param otherName its name
 * @param linked whether the caller may open the other unit's page
 * @param effectiveOn the date it took effect
 * @param legalAct the legal act
 */
record SuccessionView(boolean outgoing, String messageKey, long otherId, String otherName, boolean linked,
		LocalDate effectiveOn, String legalAct) {

	static List<SuccessionView> of(AdminUnitSummary unit, List<SuccessionSummary> successions, CurrentUser user) {
		return successions.stream().map((succession) -> {
			boolean outgoing = succession.predecessorId() == unit.id();
			long other = outgoing ? succession.successorId() : succession.predecessorId();
			String name = outgoing ? succession.successorName() : succession.predecessorName();
			String key = "territory.succession." + (outgoing ? "to." : "from.") + succession.kind().name();
			return new SuccessionView(outgoing, key, other, name, user.canSeeUnit(other), succession.effectiveOn(),
					succession.legalAct());
		}).toList();
	}

}

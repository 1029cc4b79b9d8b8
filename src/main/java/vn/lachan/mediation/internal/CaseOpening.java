package vn.lachan.mediation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Opens a case.
 *
 * @param unitId the ward or commune
 * @param teamId the mediation team
 * @param grounds why it starts
 * @param kind the kind of dispute
 * @param summary the main content, at most {@link Commands#SUMMARY_MAX} characters
 * @param receivedOn the day the case was received
 * @param parties the parties and invited persons
 * @param mediatorIds the forces person ids of the mediators assigned
 * @param relatedMediatorIds mediators declared related to a party (they must step aside)
 */
public record CaseOpening(long unitId, long teamId, Grounds grounds, DisputeKind kind, String summary,
		LocalDate receivedOn, List<PartyDetails> parties, List<Long> mediatorIds, Set<Long> relatedMediatorIds) {

	public CaseOpening {
		parties = List.copyOf(parties);
		mediatorIds = List.copyOf(mediatorIds);
		relatedMediatorIds = Set.copyOf(relatedMediatorIds);
	}

}

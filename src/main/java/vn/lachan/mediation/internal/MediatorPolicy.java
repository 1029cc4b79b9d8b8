package vn.lachan.mediation.internal;

import java.util.List;
import java.util.Set;

import vn.lachan.forces.TeamMember;

/**
 * The mediators assigned to a case: at least one, each an active member of the case's
 * team (so of the ward), none related to a party (Đ.20: a related mediator steps aside).
 */
public final class MediatorPolicy {

	public Verdict check(List<TeamMember> teamMembers, List<Long> assigned, Set<Long> relatedToParty) {
		if (assigned.isEmpty()) {
			return Verdict.no("mediation-no-mediator");
		}
		Set<Long> members = teamMembers.stream().map(TeamMember::personId).collect(java.util.stream.Collectors.toSet());
		if (!members.containsAll(assigned)) {
			return Verdict.no("mediation-mediator-not-in-team");
		}
		if (assigned.stream().anyMatch(relatedToParty::contains)) {
			return Verdict.no("mediation-mediator-related");
		}
		return Verdict.yes();
	}

}

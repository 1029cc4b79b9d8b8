package vn.lachan.mediation.internal;

import java.util.List;

import vn.lachan.forces.TeamMember;

/** A mediation team has at least three mediators, one of them a woman (Đ.12). */
public final class TeamCompositionPolicy {

	public static final int MIN_MEDIATORS = 3;

	public Verdict check(List<TeamMember> members) {
		if (members.size() < MIN_MEDIATORS) {
			return Verdict.no("mediation-team-too-small");
		}
		if (members.stream().noneMatch(TeamMember::woman)) {
			return Verdict.no("mediation-team-without-woman");
		}
		return Verdict.yes();
	}

}

package vn.lachan.forces.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Says which membership rules a new member, or the team they join, would break. Rules are
 * effective-dated data: only those in force on the day of joining apply.
 */
final class MembershipPolicy {

	private MembershipPolicy() {
	}

	/**
	 * The warnings for a person joining a team on a date.
	 * @param rules the rules of the team's kind
	 * @param birthDate the person's date of birth, if known
	 * @param residentSince since when the person lives in the ward, if known
	 * @param joinedOn the day of joining
	 * @param teamAfter the team's members active on that day, the new one included
	 */
	static List<RuleWarning> warnings(List<MembershipRule> rules, LocalDate birthDate, LocalDate residentSince,
			LocalDate joinedOn, List<Sex> teamAfter) {
		List<RuleWarning> warnings = new ArrayList<>();
		for (MembershipRule rule : rules) {
			if (!rule.validOn(joinedOn)) {
				continue;
			}
			boolean broken = switch (rule.rule()) {
				case MembershipRule.MIN_AGE -> birthDate == null || age(birthDate, joinedOn) < rule.threshold();
				case MembershipRule.MAX_AGE -> birthDate != null && age(birthDate, joinedOn) > rule.threshold();
				case MembershipRule.MIN_RESIDENCE_MONTHS ->
					residentSince == null || residentSince.plusMonths(rule.threshold()).isAfter(joinedOn);
				case MembershipRule.MIN_MEMBERS -> teamAfter.size() < rule.threshold();
				case MembershipRule.REQUIRES_WOMAN ->
					teamAfter.stream().filter((sex) -> sex == Sex.FEMALE).count() < rule.threshold();
				default -> false;
			};
			if (broken) {
				warnings.add(new RuleWarning(rule.rule(), rule.threshold()));
			}
		}
		return warnings;
	}

	/** The team-level warnings only (composition), for a team's page. */
	static List<RuleWarning> compositionWarnings(List<MembershipRule> rules, LocalDate on, List<Sex> members) {
		return warnings(rules.stream()
			.filter((rule) -> rule.rule().equals(MembershipRule.MIN_MEMBERS)
					|| rule.rule().equals(MembershipRule.REQUIRES_WOMAN))
			.toList(), null, null, on, members);
	}

	static int age(LocalDate birthDate, LocalDate on) {
		return Period.between(birthDate, on).getYears();
	}

}

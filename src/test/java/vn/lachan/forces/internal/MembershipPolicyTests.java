package vn.lachan.forces.internal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The membership rules as effective-dated data: age and residence for security teams from
 * 1 July 2024 (Law 30/2023), size and a woman for mediation teams (Law 35/2013).
 */
class MembershipPolicyTests {

	private static final LocalDate LAW_30 = LocalDate.of(2024, 7, 1);

	private static final List<MembershipRule> SECURITY = List.of(
			new MembershipRule("SECURITY", MembershipRule.MIN_AGE, 18, LAW_30, null, "Luật 30/2023/QH15"),
			new MembershipRule("SECURITY", MembershipRule.MAX_AGE, 70, LAW_30, null, "Luật 30/2023/QH15"),
			new MembershipRule("SECURITY", MembershipRule.MIN_RESIDENCE_MONTHS, 12, LAW_30, null, "Luật 30/2023/QH15"));

	private static final List<MembershipRule> MEDIATION = List.of(
			new MembershipRule("MEDIATION", MembershipRule.MIN_MEMBERS, 3, LocalDate.of(2014, 1, 1), null, "35/2013"),
			new MembershipRule("MEDIATION", MembershipRule.REQUIRES_WOMAN, 1, LocalDate.of(2014, 1, 1), null,
					"35/2013"));

	@Test
	void aSeventeenYearOldNewcomerBreaksAgeAndResidence() {
		LocalDate joined = LocalDate.of(2025, 3, 1);
		assertThat(MembershipPolicy.warnings(SECURITY, joined.minusYears(17), joined.minusMonths(6), joined,
				List.of(Sex.MALE)))
			.extracting(RuleWarning::rule)
			.containsExactly(MembershipRule.MIN_AGE, MembershipRule.MIN_RESIDENCE_MONTHS);
	}

	@Test
	void theBoundariesAreInclusive() {
		LocalDate joined = LocalDate.of(2025, 3, 1);
		assertThat(MembershipPolicy.warnings(SECURITY, joined.minusYears(18), joined.minusMonths(12), joined,
				List.of(Sex.MALE)))
			.isEmpty();
		assertThat(MembershipPolicy.warnings(SECURITY, joined.minusYears(70).minusDays(364), joined.minusYears(40),
				joined, List.of(Sex.MALE)))
			.isEmpty();
		assertThat(MembershipPolicy.warnings(SECURITY, joined.minusYears(71), joined.minusYears(40), joined,
				List.of(Sex.MALE)))
			.extracting(RuleWarning::rule)
			.containsExactly(MembershipRule.MAX_AGE);
	}

	@Test
	void rulesApplyOnlyFromTheirEffectiveDate() {
		LocalDate joined = LocalDate.of(2022, 4, 1);
		assertThat(MembershipPolicy.warnings(SECURITY, joined.minusYears(16), null, joined, List.of(Sex.MALE)))
			.isEmpty();
	}

	@Test
	void aMediationTeamNeedsThreeMediatorsAndAWoman() {
		LocalDate on = LocalDate.of(2025, 1, 1);
		assertThat(MembershipPolicy.compositionWarnings(MEDIATION, on, List.of(Sex.MALE, Sex.MALE)))
			.extracting(RuleWarning::rule)
			.containsExactly(MembershipRule.MIN_MEMBERS, MembershipRule.REQUIRES_WOMAN);
		assertThat(MembershipPolicy.compositionWarnings(MEDIATION, on, List.of(Sex.MALE, Sex.MALE, Sex.FEMALE)))
			.isEmpty();
	}

}

package vn.lachan.streets.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.lachan.shared.RuleViolationException;
import vn.lachan.streets.OffenderKind;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fine lies within the frame in force and within the deciding title's power.
 */
class FinePolicyTests {

	private static final Sanction STALLS = new Sanction(1, "ND168-2024", "NĐ 168/2024", LocalDate.of(2025, 1, 1), null,
			"SIDEWALK_STALL", 12, 7, null, "bày bán hàng hóa", 2_000_000, 3_000_000, 4_000_000L, 6_000_000L, null, "T");

	private static final Competence CHAIR = new Competence("ND168-2024", "COMMUNE_CHAIR", 5_000_000, Set.of());

	private static final Competence POLICE = new Competence("ND168-2024", "COMMUNE_POLICE_CHIEF", 2_500_000,
			Set.of("12.1", "12.2", "12.3", "12.5", "12.6"));

	@Test
	void aFineWithinTheFrameAndThePowerPasses() {
		assertThatCode(() -> FinePolicy.check(Optional.of(STALLS), Optional.of(CHAIR), OffenderKind.PERSON, 2_500_000))
			.doesNotThrowAnyException();
		assertThatCode(
				() -> FinePolicy.check(Optional.of(STALLS), Optional.of(CHAIR), OffenderKind.BUSINESS, 6_000_000))
			.doesNotThrowAnyException();
	}

	@Test
	void aFineOutsideTheFrameIsRefused() {
		assertThatThrownBy(
				() -> FinePolicy.check(Optional.of(STALLS), Optional.of(CHAIR), OffenderKind.PERSON, 1_999_999))
			.isInstanceOf(RuleViolationException.class)
			.extracting((e) -> ((RuleViolationException) e).code())
			.isEqualTo("streets-fine-out-of-range");
		// a business's frame is the organisations' one
		assertThatThrownBy(
				() -> FinePolicy.check(Optional.of(STALLS), Optional.of(CHAIR), OffenderKind.BUSINESS, 3_000_000))
			.extracting((e) -> ((RuleViolationException) e).code())
			.isEqualTo("streets-fine-out-of-range");
	}

	@Test
	void aTitleCannotDecideAboveItsCeilingNorOutsideItsClauses() {
		Competence lowCeiling = new Competence("ND168-2024", "COMMUNE_CHAIR", 2_200_000, Set.of());
		assertThatThrownBy(
				() -> FinePolicy.check(Optional.of(STALLS), Optional.of(lowCeiling), OffenderKind.PERSON, 2_500_000))
			.extracting((e) -> ((RuleViolationException) e).code())
			.isEqualTo("streets-above-ceiling");
		assertThatThrownBy(
				() -> FinePolicy.check(Optional.of(STALLS), Optional.of(POLICE), OffenderKind.PERSON, 2_000_000))
			.extracting((e) -> ((RuleViolationException) e).code())
			.isEqualTo("streets-title-not-competent");
	}

	@Test
	void noEntryInForceIsRefused() {
		assertThatThrownBy(() -> FinePolicy.check(Optional.empty(), Optional.of(CHAIR), OffenderKind.PERSON, 1))
			.extracting((e) -> ((RuleViolationException) e).code())
			.isEqualTo("streets-no-sanction-in-force");
	}

	@Test
	void onlyFramesFromFifteenMillionGiveTheRightToExplain() {
		assertThat(STALLS.allowsExplanation(OffenderKind.PERSON)).isFalse();
		Sanction permit = new Sanction(2, "ND168-2024", "NĐ 168/2024", LocalDate.of(2025, 1, 1), null,
				"UNPERMITTED_OCCUPATION", 12, 12, null, "không phép", 10_000_000, 15_000_000, 20_000_000L, 30_000_000L,
				null, "T");
		assertThat(permit.allowsExplanation(OffenderKind.PERSON)).isTrue();
		assertThat(permit.allowsExplanation(OffenderKind.BUSINESS)).isTrue();
	}

}

package vn.lachan.streets.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.RuleViolationException;
import vn.lachan.streets.OffenderKind;
import vn.lachan.streets.ViolationStep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The violation guards its steps and clocks.
 */
class ViolationTests {

	private static final Actor MEMBER = new Actor(1, "Tổ trưởng", false);

	private static final Actor OFFICER = new Actor(2, "Công an phường", true);

	private static final WorkingDays DAYS = new WorkingDays(Set.of());

	private static final LocalDate FOUND = LocalDate.of(2021, 6, 1);

	private static final Sanction STALLS = new Sanction(1, "ND100-2019", "NĐ 100/2019", LocalDate.of(2020, 1, 1),
			LocalDate.of(2025, 1, 1), "SIDEWALK_STALL", 12, 5, "a", "bày bán", 2_000_000, 3_000_000, 4_000_000L,
			6_000_000L, null, "S");

	private static final Competence CHAIR = new Competence("ND100-2019", "COMMUNE_CHAIR", 4_000_000, Set.of());

	@Test
	void aMemberRemindsAndTheStallIsRemoved() {
		Violation v = detected();
		v.advance(ViolationStep.REMINDED, FOUND, null, false, STALLS, MEMBER, Instant.now(), DAYS);
		v.advance(ViolationStep.COMPLIED, FOUND.plusDays(1), null, false, STALLS, MEMBER, Instant.now(), DAYS);
		assertThat(v.step()).isEqualTo(ViolationStep.COMPLIED);
		assertThat(v.closedOn()).isEqualTo(FOUND.plusDays(1));
		assertThat(v.steps()).extracting(StepEntry::step)
			.containsExactly(ViolationStep.DETECTED, ViolationStep.REMINDED, ViolationStep.COMPLIED);
	}

	@Test
	void illegalStepsAreRefused() {
		Violation v = detected();
		assertThatThrownBy(
				() -> v.advance(ViolationStep.PAID, FOUND, null, false, STALLS, OFFICER, Instant.now(), DAYS))
			.isInstanceOf(RuleViolationException.class)
			.extracting((e) -> ((RuleViolationException) e).code())
			.isEqualTo("streets-illegal-step");
		assertThatThrownBy(() -> v.advance(ViolationStep.VIOLATION_RECORD, FOUND, null, false, STALLS, MEMBER,
				Instant.now(), DAYS))
			.extracting((e) -> ((RuleViolationException) e).code())
			.isEqualTo("streets-step-needs-officer");
		assertThat(v.step()).isEqualTo(ViolationStep.DETECTED);
	}

	@Test
	void theRecordStartsTheClocksAndADecisionBeforeItIsRefused() {
		Violation v = detected();
		// Tuesday 01/06/2021: 7 working days end on Thursday 10/06; a transfer on
		// Thursday 03/06
		v.advance(ViolationStep.VIOLATION_RECORD, FOUND, null, true, STALLS, OFFICER, Instant.now(), DAYS);
		assertThat(v.decisionDue()).isEqualTo(LocalDate.of(2021, 6, 10));
		assertThat(v.transferDue()).isEqualTo(LocalDate.of(2021, 6, 3));
		assertThat(v.overdue(LocalDate.of(2021, 6, 3))).isFalse();
		assertThat(v.overdue(LocalDate.of(2021, 6, 4))).isTrue();
		assertThatThrownBy(() -> v.decide(STALLS, CHAIR, "COMMUNE_CHAIR", 2_000_000, FOUND.minusDays(1), null, OFFICER,
				Instant.now()))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(
				() -> v.advance(ViolationStep.EXPLANATION, FOUND, null, false, STALLS, OFFICER, Instant.now(), DAYS))
			.extracting((e) -> ((RuleViolationException) e).code())
			.isEqualTo("streets-no-explanation");
		v.decide(STALLS, CHAIR, "COMMUNE_CHAIR", 2_000_000, FOUND.plusDays(2), null, OFFICER, Instant.now());
		assertThat(v.overdue(LocalDate.of(2021, 7, 1))).isFalse();
		v.advance(ViolationStep.PAID, FOUND.plusDays(5), null, false, STALLS, OFFICER, Instant.now(), DAYS);
		assertThat(v.paidOn()).isEqualTo(FOUND.plusDays(5));
	}

	private static Violation detected() {
		return Violation.detect(new ViolationDraft(1, null, "SIDEWALK_STALL", Instant.parse("2021-06-01T02:00:00Z"),
				FOUND, "Số 5 phố Hàng Sắt", "so 5 pho hang sat", null, null, null, OffenderKind.PERSON, null, null,
				null, null, null, null), MEMBER, Instant.now());
	}

}

package vn.lachan.tips.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.lachan.shared.RuleViolationException;
import vn.lachan.tips.OutcomeKind;
import vn.lachan.tips.TipStatus;
import vn.lachan.tips.internal.DeadlinePolicy.DeadlineRule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The legal clocks as effective-dated data, read with a fixed clock.
 */
class TipTests {

	private static final Instant RECEIVED = Instant.parse("2022-03-01T02:00:00Z");

	private final DeadlinePolicy policy = new DeadlinePolicy(
			List.of(new DeadlineRule(DeadlineRule.Kind.CLASSIFY, 24, LocalDate.of(2018, 1, 1), null),
					new DeadlineRule(DeadlineRule.Kind.FORWARD_URGENT, 24, LocalDate.of(2018, 1, 1), null),
					new DeadlineRule(DeadlineRule.Kind.FORWARD_OTHER, 168, LocalDate.of(2018, 1, 1),
							LocalDate.of(2023, 1, 1)),
					new DeadlineRule(DeadlineRule.Kind.FORWARD_OTHER, 240, LocalDate.of(2023, 1, 1), null)));

	@Test
	void urgentTipsAreForwardedWithin24HoursOthersWithin7Days() {
		Deadlines urgent = this.policy.deadlinesFor(RECEIVED, true);
		Deadlines other = this.policy.deadlinesFor(RECEIVED, false);
		assertThat(urgent.classifyBy()).isEqualTo(RECEIVED.plus(Duration.ofHours(24)));
		assertThat(urgent.forwardBy()).isEqualTo(RECEIVED.plus(Duration.ofHours(24)));
		assertThat(other.classifyBy()).isEqualTo(RECEIVED.plus(Duration.ofHours(24)));
		assertThat(other.forwardBy()).isEqualTo(RECEIVED.plus(Duration.ofDays(7)));
	}

	@Test
	void theRuleInForceOnTheDayOfReceiptApplies() {
		Instant later = Instant.parse("2023-02-01T02:00:00Z");
		assertThat(this.policy.deadlinesFor(later, false).forwardBy()).isEqualTo(later.plus(Duration.ofDays(10)));
		// The day is Vietnam's: 17:00 UTC on 31 Dec 2022 is already 1 Jan 2023 in Hà Nội
		Instant newYearsEve = Instant.parse("2022-12-31T17:00:00Z");
		assertThat(this.policy.deadlinesFor(newYearsEve, false).forwardBy())
			.isEqualTo(newYearsEve.plus(Duration.ofDays(10)));
		Instant beforeMidnight = Instant.parse("2022-12-31T16:59:00Z");
		assertThat(this.policy.deadlinesFor(beforeMidnight, false).forwardBy())
			.isEqualTo(beforeMidnight.plus(Duration.ofDays(7)));
	}

	@Test
	void noRuleInForceIsAnError() {
		assertThatThrownBy(() -> this.policy.deadlinesFor(Instant.parse("2010-01-01T00:00:00Z"), false))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void anUnclassifiedTipIsOverdueAfter24HoursOnAFixedClock() {
		var tip = TipFixtures.received(this.policy, RECEIVED, false);
		Clock dayLater = Clock.fixed(RECEIVED.plus(Duration.ofHours(24)), ZoneOffset.UTC);
		assertThat(tip.overdue(dayLater.instant())).isFalse();
		Clock justAfter = Clock.offset(dayLater, Duration.ofMinutes(1));
		assertThat(tip.overdue(justAfter.instant())).isTrue();
	}

	@Test
	void aClassifiedTipIsOverdueOnlyWhenTheForwardingClockRunsOut() {
		var tip = TipFixtures.received(this.policy, RECEIVED, false);
		TipFixtures.assign(tip, RECEIVED.plus(Duration.ofHours(2)));
		assertThat(tip.overdue(RECEIVED.plus(Duration.ofDays(6)))).isFalse();
		assertThat(tip.overdue(RECEIVED.plus(Duration.ofDays(7)).plusSeconds(1))).isTrue();
		var urgent = TipFixtures.received(this.policy, RECEIVED, true);
		TipFixtures.assign(urgent, RECEIVED.plus(Duration.ofHours(2)));
		assertThat(urgent.overdue(RECEIVED.plus(Duration.ofHours(25)))).isTrue();
	}

	@Test
	void aClosedTipIsNeverOverdue() {
		var tip = TipFixtures.received(this.policy, RECEIVED, true);
		TipFixtures.assign(tip, RECEIVED.plusSeconds(60));
		TipFixtures.verifyAndResolve(tip, RECEIVED.plusSeconds(120),
				List.of(new TipOutcome(OutcomeKind.PREVENTED, "fight", 1, 0)));
		assertThat(tip.status()).isEqualTo(TipStatus.RESOLVED);
		assertThat(tip.overdue(RECEIVED.plus(Duration.ofDays(30)))).isFalse();
	}

	@Test
	void illegalTransitionsAreRefused() {
		var tip = TipFixtures.received(this.policy, RECEIVED, false);
		assertThatThrownBy(() -> TipFixtures.verify(tip, RECEIVED)).isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("RECEIVED cannot become VERIFYING");
		TipFixtures.assign(tip, RECEIVED.plusSeconds(60));
		assertThatThrownBy(() -> TipFixtures.resolve(tip, RECEIVED.plusSeconds(90),
				List.of(new TipOutcome(OutcomeKind.ARREST, "theft", 1, 1))))
			.isInstanceOf(RuleViolationException.class);
		TipFixtures.verify(tip, RECEIVED.plusSeconds(120));
		assertThatThrownBy(() -> TipFixtures.resolve(tip, RECEIVED.plusSeconds(150), List.of()))
			.isInstanceOf(RuleViolationException.class)
			.extracting((ex) -> ((RuleViolationException) ex).code())
			.isEqualTo("tip-outcome-required");
		TipFixtures.resolve(tip, RECEIVED.plusSeconds(180), List.of(new TipOutcome(OutcomeKind.ARREST, "theft", 1, 1)));
		assertThatThrownBy(() -> TipFixtures.assign(tip, RECEIVED.plusSeconds(200)))
			.isInstanceOf(RuleViolationException.class)
			.extracting((ex) -> ((RuleViolationException) ex).code())
			.isEqualTo("tip-illegal-transition");
		assertThat(tip.timeline()).hasSize(4);
	}

	@Test
	void theReporterMayStillWriteForTheFollowUpTimeAfterResolutionAndReadsThePublishedOutcome() {
		var tip = TipFixtures.received(this.policy, RECEIVED, false);
		TipFixtures.assign(tip, RECEIVED.plusSeconds(60));
		TipFixtures.verify(tip, RECEIVED.plusSeconds(120));
		java.time.Instant resolvedAt = RECEIVED.plusSeconds(180);
		tip.resolve(List.of(new TipOutcome(OutcomeKind.ARREST, "theft", 1, 1)), null, "Đã bắt giữ một đối tượng",
				TipFixtures.OFFICER, resolvedAt);
		assertThat(tip.publicOutcome()).isEqualTo("Đã bắt giữ một đối tượng");
		java.time.Duration fortnight = java.time.Duration.ofDays(14);
		tip.answer("Cảm ơn các anh", resolvedAt.plus(java.time.Duration.ofDays(13)), fortnight);
		assertThat(tip.messages()).hasSize(1);
		assertThat(tip.mayAnswer(resolvedAt.plus(fortnight), fortnight)).isFalse();
		assertThatThrownBy(() -> tip.answer("Muộn rồi", resolvedAt.plus(java.time.Duration.ofDays(15)), fortnight))
			.isInstanceOf(RuleViolationException.class)
			.extracting((ex) -> ((RuleViolationException) ex).code())
			.isEqualTo("tip-follow-up-closed");
		assertThat(tip.messages()).hasSize(1);
	}

}

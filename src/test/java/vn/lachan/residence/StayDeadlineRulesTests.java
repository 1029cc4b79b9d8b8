package vn.lachan.residence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.lachan.residence.internal.GuestKind;
import vn.lachan.residence.internal.NightCutoffPolicy;
import vn.lachan.residence.internal.StayDeadlineRule;
import vn.lachan.residence.internal.StayDeadlineRules;
import vn.lachan.residence.internal.Timeliness;
import vn.lachan.residence.internal.WithinHoursPolicy;
import vn.lachan.shared.time.VietnamTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deadline rules, with a fixed clock standing for the moment of notification.
 */
class StayDeadlineRulesTests {

	private static final StayDeadlineRules RULES = new StayDeadlineRules(List.of(
			new StayDeadlineRule(GuestKind.CITIZEN, LocalDate.of(2021, 7, 1),
					new NightCutoffPolicy(LocalTime.of(23, 0), LocalTime.of(8, 0)), "Luật Cư trú Đ.30"),
			new StayDeadlineRule(GuestKind.FOREIGNER, LocalDate.of(2015, 1, 1), new WithinHoursPolicy(12),
					"Luật 47/2014 Đ.33"),
			// a rule change: from 1 July 2027 foreigners would have 24 hours
			new StayDeadlineRule(GuestKind.FOREIGNER, LocalDate.of(2027, 7, 1), new WithinHoursPolicy(24),
					"hypothetical amendment")));

	private static Instant vn(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(VietnamTime.ZONE).toInstant();
	}

	private static Clock clockAt(String localDateTime) {
		return Clock.fixed(vn(localDateTime), VietnamTime.ZONE);
	}

	@Test
	void arrivalAt2259IsDueAt2300TheSameDay() {
		Clock clock = clockAt("2026-11-28T22:59:30");
		Timeliness t = RULES.assess(GuestKind.CITIZEN, vn("2026-11-28T22:59"), clock.instant());
		assertThat(t.deadline()).isEqualTo(vn("2026-11-28T23:00"));
		assertThat(t.onTime()).isTrue();
		Timeliness late = RULES.assess(GuestKind.CITIZEN, vn("2026-11-28T22:59"),
				clockAt("2026-11-28T23:30").instant());
		assertThat(late.onTime()).isFalse();
		assertThat(late.lateMinutes()).isEqualTo(30);
	}

	@Test
	void arrivalAt2301IsDueAt0800TheNextDay() {
		Timeliness t = RULES.assess(GuestKind.CITIZEN, vn("2026-11-28T23:01"), clockAt("2026-11-29T07:59").instant());
		assertThat(t.deadline()).isEqualTo(vn("2026-11-29T08:00"));
		assertThat(t.onTime()).isTrue();
		Timeliness late = RULES.assess(GuestKind.CITIZEN, vn("2026-11-28T23:01"),
				clockAt("2026-11-29T08:01").instant());
		assertThat(late.lateMinutes()).isEqualTo(1);
	}

	@Test
	void foreignerHasTwelveHoursToTheMinute() {
		Instant arrival = vn("2026-11-28T10:15");
		Timeliness justIn = RULES.assess(GuestKind.FOREIGNER, arrival,
				arrival.plus(Duration.ofHours(12)).minusSeconds(60));
		Timeliness justLate = RULES.assess(GuestKind.FOREIGNER, arrival,
				arrival.plus(Duration.ofHours(12)).plusSeconds(60));
		assertThat(justIn.onTime()).isTrue();
		assertThat(justLate.onTime()).isFalse();
		assertThat(justLate.lateMinutes()).isEqualTo(1);
	}

	@Test
	void theDayIsVietnamsNotUtcs() {
		// 16:30 UTC is 23:30 in Hanoi: past the cutoff, so due at 08:00 the next
		// Vietnamese day
		Instant arrival = Instant.parse("2026-11-28T16:30:00Z");
		Timeliness t = RULES.assess(GuestKind.CITIZEN, arrival, arrival);
		assertThat(t.deadline()).isEqualTo(vn("2026-11-29T08:00"));
		// 17:30 UTC is 00:30 the next day in Hanoi: due at 23:00 that day
		Instant afterMidnight = Instant.parse("2026-11-28T17:30:00Z");
		assertThat(RULES.assess(GuestKind.CITIZEN, afterMidnight, afterMidnight).deadline())
			.isEqualTo(vn("2026-11-29T23:00"));
	}

	@Test
	void aRuleChangeAppliesFromItsEffectiveDateByTheDayOfArrival() {
		Instant before = vn("2027-06-30T23:50");
		Instant after = vn("2027-07-01T00:10");
		assertThat(RULES.ruleFor(GuestKind.FOREIGNER, before).policy()).isEqualTo(new WithinHoursPolicy(12));
		assertThat(RULES.ruleFor(GuestKind.FOREIGNER, after).policy()).isEqualTo(new WithinHoursPolicy(24));
		assertThat(RULES.assess(GuestKind.FOREIGNER, after, after.plus(Duration.ofHours(20))).onTime()).isTrue();
		assertThat(RULES.assess(GuestKind.FOREIGNER, before, before.plus(Duration.ofHours(20))).lateMinutes())
			.isEqualTo(8 * 60);
	}

}

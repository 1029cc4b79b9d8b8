package vn.lachan.residence.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import vn.lachan.shared.time.VietnamTime;

/**
 * The deadline rules in force, as effective-dated data: for a guest, the rule of their
 * kind with the latest start not after the day of arrival (in Asia/Ho_Chi_Minh) applies.
 */
public final class StayDeadlineRules {

	private final List<StayDeadlineRule> rules;

	public StayDeadlineRules(List<StayDeadlineRule> rules) {
		this.rules = rules.stream().sorted(Comparator.comparing(StayDeadlineRule::validFrom).reversed()).toList();
	}

	public StayDeadlineRule ruleFor(GuestKind kind, Instant arrival) {
		LocalDate day = arrival.atZone(VietnamTime.ZONE).toLocalDate();
		return this.rules.stream()
			.filter((rule) -> rule.guestKind() == kind && !rule.validFrom().isAfter(day))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No stay deadline rule for " + kind + " on " + day));
	}

	/** The deadline of a guest's notification and whether it was met. */
	public Timeliness assess(GuestKind kind, Instant arrival, Instant notifiedAt) {
		StayDeadlineRule rule = ruleFor(kind, arrival);
		Instant deadline = rule.policy().deadline(arrival, VietnamTime.ZONE);
		Duration late = notifiedAt.isAfter(deadline) ? Duration.between(deadline, notifiedAt) : Duration.ZERO;
		return new Timeliness(deadline, late, rule.legalBasis());
	}

}

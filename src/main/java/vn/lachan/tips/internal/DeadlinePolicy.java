package vn.lachan.tips.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.lachan.shared.time.VietnamTime;

/**
 * The legal clocks of a tip, from effective-dated rules: the rule in force on the day a
 * tip was received (in Vietnam's zone) sets its deadlines.
 */
public final class DeadlinePolicy {

	private final List<DeadlineRule> rules;

	public DeadlinePolicy(List<DeadlineRule> rules) {
		this.rules = List.copyOf(rules);
	}

	public Deadlines deadlinesFor(Instant receivedAt, boolean urgent) {
		LocalDate day = receivedAt.atZone(VietnamTime.ZONE).toLocalDate();
		Duration classify = ruleOn(DeadlineRule.Kind.CLASSIFY, day);
		Duration forward = ruleOn(urgent ? DeadlineRule.Kind.FORWARD_URGENT : DeadlineRule.Kind.FORWARD_OTHER, day);
		return new Deadlines(receivedAt.plus(classify), receivedAt.plus(forward));
	}

	private Duration ruleOn(DeadlineRule.Kind kind, LocalDate day) {
		return this.rules.stream()
			.filter((rule) -> rule.kind() == kind && rule.validOn(day))
			.findFirst()
			.map((rule) -> Duration.ofHours(rule.hours()))
			.orElseThrow(() -> new IllegalStateException("No " + kind + " deadline rule in force on " + day));
	}

	/**
	 * One effective-dated clock.
	 *
	 * @param kind which clock
	 * @param hours how long it runs from receipt
	 * @param validFrom first day it applies
	 * @param validTo first day it no longer applies, {@code null} while in force
	 */
	public record DeadlineRule(Kind kind, int hours, LocalDate validFrom, LocalDate validTo) {

		boolean validOn(LocalDate day) {
			return !this.validFrom.isAfter(day) && (this.validTo == null || this.validTo.isAfter(day));
		}

		/**
		 * The clocks: classification of any tip, forwarding of urgent and of other tips.
		 */
		public enum Kind {

			CLASSIFY, FORWARD_URGENT, FORWARD_OTHER

		}

	}

}

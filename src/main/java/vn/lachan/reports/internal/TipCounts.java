package vn.lachan.reports.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import vn.lachan.shared.time.VietnamTime;
import vn.lachan.tips.TipFacts;

/**
 * What a change of tips adds to (or takes from) the tip rollups
 * ({@code report_tip_count}, {@code report_tip_outcome_count}): per unit, day and month
 * in Vietnam's time, by category, channel and status, and for resolved tips by outcome
 * kind and offence category. Keys are kept in order, so rows are locked in the same order
 * by every writer.
 */
final class TipCounts {

	static final String DAY = "D";

	static final String MONTH = "M";

	private final Map<Key, Long> tips = new TreeMap<>();

	private final Map<OutcomeKey, long[]> outcomes = new TreeMap<>();

	/** Counts one tip {@code delta} times (1 added, -1 taken out). */
	void add(int delta, long unitId, Instant receivedAt, String category, String channel, String status) {
		LocalDate day = LocalDate.ofInstant(receivedAt, VietnamTime.ZONE);
		for (String grain : List.of(DAY, MONTH)) {
			LocalDate period = grain.equals(DAY) ? day : day.withDayOfMonth(1);
			this.tips.merge(new Key(unitId, grain, period, "category", category), (long) delta, Long::sum);
			this.tips.merge(new Key(unitId, grain, period, "channel", channel), (long) delta, Long::sum);
			this.tips.merge(new Key(unitId, grain, period, "status", status), (long) delta, Long::sum);
		}
	}

	/**
	 * Counts one resolved tip's outcomes {@code delta} times: the tip once per kind and
	 * offence category, the cases and suspects of each outcome.
	 */
	void addOutcomes(int delta, long unitId, Instant receivedAt, List<TipFacts.Outcome> of) {
		LocalDate day = LocalDate.ofInstant(receivedAt, VietnamTime.ZONE);
		for (String grain : List.of(DAY, MONTH)) {
			LocalDate period = grain.equals(DAY) ? day : day.withDayOfMonth(1);
			Map<OutcomeKey, long[]> tip = new TreeMap<>();
			for (TipFacts.Outcome outcome : of) {
				OutcomeKey key = new OutcomeKey(unitId, grain, period, outcome.kind().name(),
						Objects.requireNonNullElse(outcome.offenceCategory(), ""));
				long[] sums = tip.computeIfAbsent(key, (k) -> new long[] { delta, 0, 0 });
				sums[1] += (long) delta * outcome.cases();
				sums[2] += (long) delta * outcome.suspects();
			}
			tip.forEach((key, sums) -> this.outcomes.merge(key, sums,
					(a, b) -> new long[] { a[0] + b[0], a[1] + b[1], a[2] + b[2] }));
		}
	}

	/** The changes of tip counts, without those that cancel out. */
	Map<Key, Long> tips() {
		Map<Key, Long> changes = new TreeMap<>(this.tips);
		changes.values().removeIf((delta) -> delta == 0);
		return changes;
	}

	/**
	 * The changes of outcome counts (tips, cases, suspects), without those that cancel
	 * out.
	 */
	Map<OutcomeKey, long[]> outcomes() {
		Map<OutcomeKey, long[]> changes = new TreeMap<>(this.outcomes);
		changes.values().removeIf((delta) -> delta[0] == 0 && delta[1] == 0 && delta[2] == 0);
		return changes;
	}

	record Key(long unitId, String grain, LocalDate periodOn, String dimension,
			String value) implements Comparable<Key> {

		private static final Comparator<Key> ORDER = Comparator.comparingLong(Key::unitId)
			.thenComparing(Key::grain)
			.thenComparing(Key::periodOn)
			.thenComparing(Key::dimension)
			.thenComparing(Key::value);

		@Override
		public int compareTo(Key other) {
			return ORDER.compare(this, other);
		}

	}

	record OutcomeKey(long unitId, String grain, LocalDate periodOn, String kind,
			String offenceCategory) implements Comparable<OutcomeKey> {

		private static final Comparator<OutcomeKey> ORDER = Comparator.comparingLong(OutcomeKey::unitId)
			.thenComparing(OutcomeKey::grain)
			.thenComparing(OutcomeKey::periodOn)
			.thenComparing(OutcomeKey::kind)
			.thenComparing(OutcomeKey::offenceCategory);

		@Override
		public int compareTo(OutcomeKey other) {
			return ORDER.compare(this, other);
		}

	}

}

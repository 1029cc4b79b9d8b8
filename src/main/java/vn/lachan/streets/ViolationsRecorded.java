package vn.lachan.streets;

import java.util.List;

/**
 * Violations committed together (a sweep, the demo data).
 */
public record ViolationsRecorded(List<ViolationFacts> facts) {

	/**
	 * Facts per event: the event publication registry keeps an event in 4,000 characters.
	 */
	public static final int CHUNK = 15;

	public ViolationsRecorded {
		facts = List.copyOf(facts);
	}

	/** The facts in events of at most {@link #CHUNK}. */
	public static List<ViolationsRecorded> inChunks(List<ViolationFacts> facts) {
		List<ViolationsRecorded> events = new java.util.ArrayList<>();
		for (int i = 0; i < facts.size(); i += CHUNK) {
			events.add(new ViolationsRecorded(facts.subList(i, Math.min(facts.size(), i + CHUNK))));
		}
		return events;
	}

}

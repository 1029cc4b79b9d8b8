package vn.lachan.streets;

import java.util.List;

/**
 * Violations committed together (a sweep, the demo data).
 */
public record ViolationsRecorded(List<ViolationFacts> facts) {

	public ViolationsRecorded {
		facts = List.copyOf(facts);
	}

}

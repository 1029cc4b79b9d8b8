package vn.lachan.forces.internal;

/**
 * A membership rule broken: a warning an officer must confirm. The message is
 * {@code forces.warning.<rule>} with the threshold as its argument.
 *
 * @param rule the rule, e.g. {@code MIN_AGE}
 * @param threshold the rule's threshold
 */
public record RuleWarning(String rule, int threshold) {

	public String messageKey() {
		return "forces.warning." + this.rule;
	}

	@Override
	public String toString() {
		return this.rule + "=" + this.threshold;
	}

}

package vn.lachan.forces.internal;

import java.util.List;

import vn.lachan.shared.RuleViolationException;

/**
 * Membership rules would be broken and the officer has not confirmed it (answers 422 with
 * the warnings).
 */
public class MembershipWarningsException extends RuleViolationException {

	private final List<RuleWarning> warnings;

	public MembershipWarningsException(List<RuleWarning> warnings) {
		super("membership-warnings", "Membership rules broken: " + warnings);
		this.warnings = List.copyOf(warnings);
	}

	public List<RuleWarning> warnings() {
		return this.warnings;
	}

}

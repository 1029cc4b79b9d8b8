package vn.lachan.programs.internal;

import vn.lachan.shared.RuleViolationException;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;

/**
 * Who may do what in the programs: the committee (and administrators) direct, designate,
 * define and approve; ward officers fill and submit their ward's work.
 */
final class ProgramRoles {

	private ProgramRoles() {
	}

	static boolean committee(CurrentUser user) {
		return user.hasRole(Role.COMMITTEE) || user.unrestricted();
	}

	static void requireCommittee(CurrentUser user) {
		if (!committee(user)) {
			throw new RuleViolationException("programs-committee-only", "Only the committee may do this");
		}
	}

	static void requireWard(CurrentUser user) {
		if (!(user.hasRole(Role.WARD_OFFICER) || user.unrestricted())) {
			throw new RuleViolationException("programs-ward-only", "Only the ward's officers may do this");
		}
	}

}

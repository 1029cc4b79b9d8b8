package vn.lachan.mediation.internal;

import java.util.Set;

/**
 * Where a case stands. Only an open case may take sessions, an outcome or an escalation.
 */
public enum CaseStatus {

	OPEN, SUCCEEDED, FAILED, WITHDRAWN;

	public boolean closed() {
		return this != OPEN;
	}

	/** The outcomes a case may end with. */
	public static final Set<CaseStatus> OUTCOMES = Set.of(SUCCEEDED, FAILED, WITHDRAWN);

}

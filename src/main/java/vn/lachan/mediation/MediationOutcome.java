package vn.lachan.mediation;

/**
 * How a mediation case ended: agreement reached, no agreement, or the request withdrawn.
 */
public enum MediationOutcome {

	SUCCEEDED, FAILED, WITHDRAWN

}

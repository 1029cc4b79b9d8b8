package vn.lachan.residence.internal;

/**
 * Where a temporary residence registration stands.
 */
public enum TemporaryResidenceStatus {

	/** In force. */
	ACTIVE,
	/** Ended before its term (the person left). */
	ENDED,
	/** Its term ran out without renewal. */
	EXPIRED

}

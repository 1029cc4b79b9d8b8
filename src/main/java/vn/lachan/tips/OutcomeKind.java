package vn.lachan.tips;

/**
 * What came of a resolved tip.
 */
public enum OutcomeKind {

	ARREST, PREVENTED, MEDIATED, ADMINISTRATIVE_SANCTION, TRANSFERRED, UNFOUNDED

}

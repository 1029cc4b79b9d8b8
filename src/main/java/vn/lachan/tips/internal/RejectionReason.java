package vn.lachan.tips.internal;

/**
 * Why a tip was rejected.
 */
public enum RejectionReason {

	/** Checked and found to be without basis. */
	UNFOUNDED,
	/** The same matter as another tip, to which it is linked. */
	DUPLICATE

}

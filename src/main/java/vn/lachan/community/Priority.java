package vn.lachan.community;

/**
 * How pressing a broadcast is, lowest first; a member receives broadcasts at or above the
 * member's minimum.
 */
public enum Priority {

	INFORMATION, WARNING, URGENT;

	public boolean atLeast(Priority minimum) {
		return compareTo(minimum) >= 0;
	}

}

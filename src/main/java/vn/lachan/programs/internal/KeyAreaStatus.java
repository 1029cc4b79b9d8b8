package vn.lachan.programs.internal;

/**
 * Where a key area stands: {@code DESIGNATED → TRANSFORMING → TRANSFORMED} or
 * {@code NOT_TRANSFORMED} by the evaluation decision; a transformed area that falls back
 * is {@code RELAPSED} (relapse monitoring).
 */
public enum KeyAreaStatus {

	DESIGNATED, TRANSFORMING, TRANSFORMED, NOT_TRANSFORMED, RELAPSED

}

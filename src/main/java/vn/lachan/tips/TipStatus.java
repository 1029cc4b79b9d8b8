package vn.lachan.tips;

/**
 * Where a tip stands: {@code RECEIVED → ASSIGNED → VERIFYING → RESOLVED}, or closed as
 * {@code REJECTED} or {@code TRANSFERRED} from any open status.
 */
public enum TipStatus {

	RECEIVED, ASSIGNED, VERIFYING, RESOLVED, REJECTED, TRANSFERRED;

	public boolean isOpen() {
		return this == RECEIVED || this == ASSIGNED || this == VERIFYING;
	}

}

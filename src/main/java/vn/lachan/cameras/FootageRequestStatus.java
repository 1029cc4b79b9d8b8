package vn.lachan.cameras;

/**
 * Where a footage request stands: sent and waiting, provided, declined, or expired
 * unanswered.
 */
public enum FootageRequestStatus {

	SENT, PROVIDED, DECLINED, EXPIRED;

	public boolean answered() {
		return this == PROVIDED || this == DECLINED;
	}

}

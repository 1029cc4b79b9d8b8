package vn.lachan.community;

/**
 * How a member is reached: the public notice board, email, or a webhook gateway (a Zalo
 * Official Account or an SMS gateway).
 */
public enum Channel {

	BOARD, EMAIL, ZALO, SMS;

	/** Whether a delivery on this channel goes out through a gateway's webhook. */
	public boolean webhook() {
		return this == ZALO || this == SMS;
	}

}

package vn.lachan.cameras.internal;

/**
 * A request just sent, with its private link token (shown to staff once, to hand to an
 * owner without email).
 */
public record SentLink(long requestId, long cameraId, String token, boolean mailed) {

	@Override
	public String toString() {
		return "SentLink[requestId=" + this.requestId + "]";
	}

}

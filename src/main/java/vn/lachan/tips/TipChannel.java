package vn.lachan.tips;

/**
 * How a tip reached the ward.
 */
public enum TipChannel {

	/** The public web form at {@code /report}. */
	WEB,
	/** The public form opened from a place's QR code. */
	QR,
	/** A force member or officer reporting from the field. */
	FIELD,
	/** A phone call entered by an officer. */
	PHONE,
	/** A reporter at the police post, entered by an officer. */
	IN_PERSON,
	/** An Open311 GeoReport v2 client. */
	OPEN311;

	/** Whether the channel is open to anyone, without signing in. */
	public boolean isPublic() {
		return this == WEB || this == QR || this == OPEN311;
	}

}

package vn.lachan.tips.internal;

/**
 * What a sender says about who reports, in plain text; the intake checks and encrypts it
 * into a {@link TipReporter}.
 *
 * @param anonymous whether the reporter wants to stay unknown (public channels)
 * @param name their name, if they give it
 * @param contact their phone, e-mail or address, if they give it
 * @param idNumber CCCD number, date and issuing unit (phone and in-person)
 * @param withheldReason why the reporter's identity was not recorded
 */
public record ReporterDetails(boolean anonymous, String name, String contact, String idNumber, String withheldReason) {

	/** Nobody known. */
	public static final ReporterDetails NONE = new ReporterDetails(true, null, null, null, null);

	/** A public sender: anonymous, or with a name and a contact. */
	public static ReporterDetails ofPublic(boolean anonymous, String name, String contact) {
		return new ReporterDetails(anonymous, name, contact, null, null);
	}

}

package vn.lachan.mediation.internal;

/**
 * The kind of a dispute. Kinds the law excludes from grassroots mediation (Đ.3: acts that
 * must be prosecuted or sanctioned, harm to the public interest) are not mediable.
 */
public enum DisputeKind {

	NEIGHBOURS(true), LAND(true), FAMILY(true), MARRIAGE(true), PROPERTY(true), DEBT(true), NOISE(true),
	OTHER_CIVIL(true),
	/** Must be prosecuted criminally. */
	CRIME(false),
	/** Must be sanctioned administratively. */
	ADMINISTRATIVE_VIOLATION(false),
	/** Harms the State's or the public interest. */
	PUBLIC_INTEREST(false);

	private final boolean mediable;

	DisputeKind(boolean mediable) {
		this.mediable = mediable;
	}

	public boolean mediable() {
		return this.mediable;
	}

}

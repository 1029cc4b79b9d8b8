package vn.lachan.cameras;

/**
 * Who a camera belongs to: the ward or city (public), an agency, a business or a
 * household (the last three are private).
 */
public enum Ownership {

	PUBLIC, AGENCY, BUSINESS, HOUSEHOLD;

	public boolean isPublic() {
		return this == PUBLIC;
	}

}

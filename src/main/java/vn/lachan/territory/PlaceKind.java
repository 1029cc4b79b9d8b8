package vn.lachan.territory;

/**
 * Kinds of places that carry a QR code.
 */
public enum PlaceKind {

	MARKET, SCHOOL, BUSINESS, PUBLIC_SPACE, AGENCY, HEALTH, RELIGIOUS, OTHER

}

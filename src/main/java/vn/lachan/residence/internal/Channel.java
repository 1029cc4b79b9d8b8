package vn.lachan.residence.internal;

/**
 * How a notification reached the platform.
 */
public enum Channel {

	WEB, API, IMPORT

}

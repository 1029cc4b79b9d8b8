package vn.lachan.cameras;

/**
 * How an owner provides footage: an upload, or staff come and copy it.
 */
public enum ProvideMethod {

	UPLOAD, COME_AND_COPY

}

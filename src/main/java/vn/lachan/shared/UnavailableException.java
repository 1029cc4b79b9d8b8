package vn.lachan.shared;

/**
 * The platform cannot take the request right now, though nothing is wrong with it: try
 * again shortly (answers 503). Nothing of the request was kept.
 */
public class UnavailableException extends DomainException {

	public UnavailableException(String code, String message, Object... arguments) {
		super(code, message, arguments);
	}

}

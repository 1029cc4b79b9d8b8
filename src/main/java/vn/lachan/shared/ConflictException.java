package vn.lachan.shared;

/**
 * A request conflicts with the current state: a duplicate, or a record changed by someone
 * else meanwhile (answers 409).
 */
public class ConflictException extends DomainException {

	public ConflictException(String code, String message, Object... arguments) {
		super(code, message, arguments);
	}

}

package vn.lachan.shared;

/**
 * A request is well-formed but breaks a business rule (answers 422).
 */
public class RuleViolationException extends DomainException {

	public RuleViolationException(String code, String message, Object... arguments) {
		super(code, message, arguments);
	}

}

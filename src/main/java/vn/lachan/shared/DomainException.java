package vn.lachan.shared;

import java.util.List;

/**
 * An exception of the domain's vocabulary. Each carries a stable {@link #code()} that
 * clients may rely on and that names the message shown to people
 * ({@code problem.<code>}).
 */
public abstract class DomainException extends RuntimeException {

	private final String code;

	private final List<Object> arguments;

	protected DomainException(String code, String message, Object... arguments) {
		super(message);
		this.code = code;
		this.arguments = List.of(arguments);
	}

	public String code() {
		return this.code;
	}

	public Object[] arguments() {
		return this.arguments.toArray();
	}

}

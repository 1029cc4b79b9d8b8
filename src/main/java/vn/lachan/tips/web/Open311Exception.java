package vn.lachan.tips.web;

import java.util.List;

/**
 * An Open311 error answer: an HTTP status and the spec's {@code errors} list.
 */
class Open311Exception extends RuntimeException {

	private final int status;

	private final List<Open311Format.Error> errors;

	Open311Exception(int status, String description) {
		this(status, List.of(new Open311Format.Error(status, description)));
	}

	Open311Exception(int status, List<Open311Format.Error> errors) {
		super(errors.get(0).description());
		this.status = status;
		this.errors = List.copyOf(errors);
	}

	int status() {
		return this.status;
	}

	List<Open311Format.Error> errors() {
		return this.errors;
	}

}

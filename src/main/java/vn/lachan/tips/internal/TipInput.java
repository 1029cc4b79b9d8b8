package vn.lachan.tips.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.InvalidInputException.FieldProblem;

/**
 * Collects the problems of one submission, so that all of them are reported at once.
 */
final class TipInput {

	static final int DESCRIPTION_MAX = 2000;

	static final int MESSAGE_MAX = 2000;

	private static final Pattern MARKUP = Pattern.compile("<\\s*[/!?a-zA-Z]|&#?[a-zA-Z0-9]+;");

	private final List<FieldProblem> problems = new ArrayList<>();

	void reject(String field, String code) {
		this.problems.add(new FieldProblem(field, code, "tip.error." + code));
	}

	/** Required free text without markup, within a length. */
	String text(String field, String value, int max, boolean required) {
		String stripped = (value != null) ? value.strip() : null;
		if (stripped == null || stripped.isEmpty()) {
			if (required) {
				reject(field, "required");
			}
			return null;
		}
		if (stripped.length() > max) {
			reject(field, "too-long");
			return null;
		}
		if (MARKUP.matcher(stripped).find()) {
			reject(field, "markup");
			return null;
		}
		return stripped;
	}

	void coordinates(BigDecimal latitude, BigDecimal longitude) {
		if ((latitude == null) != (longitude == null)) {
			reject((latitude == null) ? "latitude" : "longitude", "required");
			return;
		}
		if (latitude != null && (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0)) {
			reject("latitude", "out-of-range");
		}
		if (longitude != null && (longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0)) {
			reject("longitude", "out-of-range");
		}
	}

	void notInFuture(String field, Instant value, Instant now) {
		if (value != null && value.isAfter(now.plusSeconds(300))) {
			reject(field, "in-future");
		}
	}

	boolean ok() {
		return this.problems.isEmpty();
	}

	void throwIfAny() {
		if (!this.problems.isEmpty()) {
			throw new InvalidInputException(this.problems);
		}
	}

}

package vn.lachan.cameras.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.InvalidInputException.FieldProblem;

/**
 * What a camera and its owner must satisfy before anything is stored: a bearing of
 * 0–360°, a field of view above 0 and at most 360°, a range above 0 and at most 500 m,
 * coordinates within Vietnam's mainland box (8.0–23.5° N, 102.0–109.7° E) and a retention
 * of at least a day. Every fault is reported at once.
 */
public final class CameraRules {

	public static final double MIN_LATITUDE = 8.0;

	public static final double MAX_LATITUDE = 23.5;

	public static final double MIN_LONGITUDE = 102.0;

	public static final double MAX_LONGITUDE = 109.7;

	public static final int MAX_RANGE_METRES = 500;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern PHONE = Pattern.compile("^[0-9 +().-]{8,20}$");

	private CameraRules() {
	}

	public static void check(CameraInput input) {
		List<FieldProblem> problems = new ArrayList<>();
		collect(input, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	public static void check(CameraInput camera, OwnerInput owner) {
		List<FieldProblem> problems = new ArrayList<>();
		collect(camera, problems);
		collect(owner, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	static void collect(CameraInput input, List<FieldProblem> problems) {
		if (input.ownership() == null) {
			problems.add(problem("ownership", "NotNull", "cameras.error.ownership"));
		}
		if (blank(input.label()) || input.label().length() > 200) {
			problems.add(problem("label", "Size", "cameras.error.label"));
		}
		if (blank(input.address()) || input.address().length() > 300) {
			problems.add(problem("address", "Size", "cameras.error.address"));
		}
		if (input.latitude() == null || input.longitude() == null
				|| !between(input.latitude(), MIN_LATITUDE, MAX_LATITUDE)
				|| !between(input.longitude(), MIN_LONGITUDE, MAX_LONGITUDE)) {
			problems.add(problem("latitude", "Range", "cameras.error.coordinates"));
		}
		if (input.bearing() == null || !between(input.bearing(), 0, 360)) {
			problems.add(problem("bearing", "Range", "cameras.error.bearing"));
		}
		if (input.fieldOfView() == null || input.fieldOfView() <= 0 || input.fieldOfView() > 360) {
			problems.add(problem("fieldOfView", "Range", "cameras.error.field-of-view"));
		}
		if (input.rangeMetres() == null || input.rangeMetres() <= 0 || input.rangeMetres() > MAX_RANGE_METRES) {
			problems.add(problem("rangeMetres", "Range", "cameras.error.range"));
		}
		if (input.retentionDays() == null || input.retentionDays() < 1 || input.retentionDays() > 365) {
			problems.add(problem("retentionDays", "Range", "cameras.error.retention"));
		}
		if (input.status() == null) {
			problems.add(problem("status", "NotNull", "cameras.error.status"));
		}
		if (input.installedOn() == null) {
			problems.add(problem("installedOn", "NotNull", "cameras.error.installed-on"));
		}
	}

	static void collect(OwnerInput owner, List<FieldProblem> problems) {
		if (owner.kind() == null) {
			problems.add(problem("ownerKind", "NotNull", "cameras.error.owner-kind"));
		}
		if (blank(owner.name()) || owner.name().length() > 200) {
			problems.add(problem("ownerName", "Size", "cameras.error.owner-name"));
		}
		if (!blank(owner.contact()) && !PHONE.matcher(owner.contact().strip()).matches()) {
			problems.add(problem("ownerContact", "Pattern", "cameras.error.owner-contact"));
		}
		if (!blank(owner.email())
				&& (owner.email().length() > 200 || !EMAIL.matcher(owner.email().strip()).matches())) {
			problems.add(problem("ownerEmail", "Email", "cameras.error.owner-email"));
		}
	}

	private static boolean between(double value, double min, double max) {
		return !Double.isNaN(value) && value >= min && value <= max;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static FieldProblem problem(String field, String code, String message) {
		return new FieldProblem(field, code, message);
	}

}

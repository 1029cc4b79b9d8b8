package vn.lachan.mediation.internal;

/**
 * What a policy says: yes, or why not (a stable code, {@code problem.<code>} names the
 * message).
 */
public record Verdict(boolean allowed, String reason) {

	public static Verdict yes() {
		return new Verdict(true, null);
	}

	public static Verdict no(String reason) {
		return new Verdict(false, reason);
	}

}

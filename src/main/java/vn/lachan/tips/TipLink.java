package vn.lachan.tips;

import java.util.regex.Pattern;

/**
 * A record of another module that a tip is linked to.
 *
 * @param module the module's name, such as {@code streets}
 * @param recordType the kind of record, such as {@code violation}
 * @param recordId the record's id
 */
public record TipLink(String module, String recordType, long recordId) {

	private static final Pattern NAME = Pattern.compile("[a-z][a-z-]{1,29}");

	public TipLink {
		if (module == null || !NAME.matcher(module).matches() || recordType == null
				|| !NAME.matcher(recordType).matches()) {
			throw new IllegalArgumentException("A link names a module and a record type in lower case");
		}
	}

	/** How the link is written on the tip's timeline: {@code streets:violation:12}. */
	public String reference() {
		return this.module + ":" + this.recordType + ":" + this.recordId;
	}

	/** Reads a timeline reference back; null when it is not one. */
	public static TipLink parse(String reference) {
		String[] parts = (reference != null) ? reference.split(":") : new String[0];
		if (parts.length != 3 || !NAME.matcher(parts[0]).matches() || !NAME.matcher(parts[1]).matches()
				|| !parts[2].matches("\\d{1,18}")) {
			return null;
		}
		return new TipLink(parts[0], parts[1], Long.parseLong(parts[2]));
	}

}

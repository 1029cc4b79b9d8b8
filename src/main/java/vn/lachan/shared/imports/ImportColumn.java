package vn.lachan.shared.imports;

import java.util.List;

import vn.lachan.shared.text.VietnameseText;

/**
 * A column of an import file: the header a user reads (Vietnamese), whether a file must
 * have it, and other spellings accepted for it. The reader and the downloadable template
 * are both made from a list of these, so the two never drift apart.
 *
 * @param header the header written in the template and named in problems
 * @param required whether a file without this column is refused
 * @param aliases other headers read as this column (e.g. an older English name)
 */
public record ImportColumn(String header, boolean required, List<String> aliases) {

	public ImportColumn {
		aliases = List.copyOf(aliases);
	}

	public static ImportColumn required(String header, String... aliases) {
		return new ImportColumn(header, true, List.of(aliases));
	}

	public static ImportColumn optional(String header, String... aliases) {
		return new ImportColumn(header, false, List.of(aliases));
	}

	/**
	 * Whether a header found in a file names this column, ignoring case and diacritics.
	 */
	public boolean matches(String found) {
		String key = VietnameseText.fold(found);
		if (key == null || key.isEmpty()) {
			return false;
		}
		if (key.equals(VietnameseText.fold(this.header))) {
			return true;
		}
		return this.aliases.stream().anyMatch((alias) -> key.equals(VietnameseText.fold(alias)));
	}

}

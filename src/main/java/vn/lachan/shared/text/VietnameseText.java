package vn.lachan.shared.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for search: "Nam Định" and "nam dinh" fold to the same key.
 */
public final class VietnameseText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private VietnameseText() {
	}

	/**
	 * Lower case, without diacritics, đ as d, white space folded; {@code null} stays
	 * {@code null}.
	 */
	public static String fold(String text) {
		if (text == null) {
			return null;
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
		return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

	/** A {@code LIKE} pattern that finds the folded text anywhere in a folded column. */
	public static String containsPattern(String text) {
		String folded = fold(text);
		String escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}

}

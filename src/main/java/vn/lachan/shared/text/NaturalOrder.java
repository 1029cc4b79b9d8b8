package vn.lachan.shared.text;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Orders names as people read them: runs of digits by their value, so "Tổ 2" comes before
 * "Tổ 10"; the rest by Vietnamese collation. Nulls come last.
 */
public final class NaturalOrder implements Comparator<String> {

	public static final NaturalOrder INSTANCE = new NaturalOrder();

	private final Collator collator;

	private NaturalOrder() {
		this.collator = Collator.getInstance(Locale.forLanguageTag("vi"));
		this.collator.setStrength(Collator.SECONDARY);
	}

	@Override
	public int compare(String left, String right) {
		if (left == null || right == null) {
			return (left == null) ? ((right == null) ? 0 : 1) : -1;
		}
		int i = 0;
		int j = 0;
		while (i < left.length() && j < right.length()) {
			int leftEnd = chunkEnd(left, i);
			int rightEnd = chunkEnd(right, j);
			String a = left.substring(i, leftEnd);
			String b = right.substring(j, rightEnd);
			int result = (isDigit(a) && isDigit(b)) ? compareNumbers(a, b) : this.collator.compare(a, b);
			if (result != 0) {
				return result;
			}
			i = leftEnd;
			j = rightEnd;
		}
		int byRest = Integer.compare(left.length() - i, right.length() - j);
		return (byRest != 0) ? byRest : left.compareTo(right);
	}

	private static int chunkEnd(String text, int start) {
		boolean digits = Character.isDigit(text.charAt(start));
		int end = start;
		while (end < text.length() && Character.isDigit(text.charAt(end)) == digits) {
			end++;
		}
		return end;
	}

	private static boolean isDigit(String chunk) {
		return Character.isDigit(chunk.charAt(0));
	}

	private static int compareNumbers(String a, String b) {
		String x = a.replaceFirst("^0+(?=.)", "");
		String y = b.replaceFirst("^0+(?=.)", "");
		return (x.length() != y.length()) ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
	}

}

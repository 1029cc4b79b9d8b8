package vn.lachan.community.internal;

/**
 * Whether a text fits one SMS: 160 characters when every character is in the GSM 03.38
 * basic alphabet (7-bit), 70 when any is not (UCS-2: Vietnamese with its diacritics).
 * Messages are never split into concatenated parts: a broadcast that goes out by SMS must
 * fit one message.
 */
final class SmsText {

	static final int GSM7_LIMIT = 160;

	static final int UCS2_LIMIT = 70;

	private static final String GSM7 = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
			+ "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

	private SmsText() {
	}

	static boolean gsm7(String text) {
		return text.chars().allMatch((c) -> GSM7.indexOf(c) >= 0);
	}

	/** The most characters one SMS carries for this text. */
	static int limit(String text) {
		return gsm7(text) ? GSM7_LIMIT : UCS2_LIMIT;
	}

	static boolean fits(String text) {
		return text.codePointCount(0, text.length()) <= limit(text);
	}

}

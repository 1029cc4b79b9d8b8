package vn.lachan.streets.internal;

import java.util.Locale;

import vn.lachan.shared.crypto.FieldEncryptor;
import vn.lachan.shared.text.VietnameseText;
import vn.lachan.streets.OffenderKind;

/**
 * The keys repeat offenders are found by: the address folded (no accents, no case, one
 * space), and a blind index of the offender's identifier or, for a business without a tax
 * code, of its name.
 */
final class OffenderKeys {

	private OffenderKeys() {
	}

	static String address(String address) {
		return VietnameseText.fold(address).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9/]+", " ").strip();
	}

	static String offender(FieldEncryptor encryptor, OffenderKind kind, String name, String identifier) {
		if (identifier != null) {
			return encryptor.blindIndex(kind.name() + ":" + identifier.replaceAll("\\s+", "").toUpperCase(Locale.ROOT));
		}
		if (kind == OffenderKind.BUSINESS && name != null) {
			return encryptor.blindIndex("BUSINESS-NAME:" + address(name));
		}
		return null;
	}

}

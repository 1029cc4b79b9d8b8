package vn.lachan.shared.web;

import java.util.List;

/**
 * Paths a module serves to anyone, signed in or not (public forms, QR landing pages,
 * public API). Each module declares its own as a bean; the security configuration opens
 * them.
 *
 * @param patterns Ant-style path patterns, e.g. {@code /report/**}
 */
public record PublicPaths(List<String> patterns) {

	public PublicPaths {
		patterns = List.copyOf(patterns);
	}

	public static PublicPaths of(String... patterns) {
		return new PublicPaths(List.of(patterns));
	}

}

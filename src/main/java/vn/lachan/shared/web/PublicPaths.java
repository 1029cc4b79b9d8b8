package vn.lachan.shared.web;

import java.util.List;

import org.springframework.util.AntPathMatcher;

/**
 * Paths a module serves to anyone, signed in or not (public forms, QR landing pages,
 * public API). Each module declares its own as a bean; the security configuration opens
 * them, and a module's own filters (rate limits) ask {@link #matches(String)}: each path
 * is declared once, in its module.
 *
 * @param patterns Ant-style path patterns, e.g. {@code /report/**}
 */
public record PublicPaths(List<String> patterns) {

	public PublicPaths {
		patterns = List.copyOf(patterns);
	}

	private static final AntPathMatcher MATCHER = new AntPathMatcher();

	/** Whether a path (without the context path) is one of these. */
	public boolean matches(String path) {
		return this.patterns.stream().anyMatch((pattern) -> MATCHER.match(pattern, path));
	}

	public static PublicPaths of(String... patterns) {
		return new PublicPaths(List.of(patterns));
	}

}

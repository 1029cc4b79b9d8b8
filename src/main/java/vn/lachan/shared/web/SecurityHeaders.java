package vn.lachan.shared.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every page: one Content-Security-Policy without inline scripts
 * or style sheets (scripts and styles come from the site's own files; map tiles and
 * photos may be images from https), and the headers a browser should get with it. Style
 * <em>attributes</em> set by script are allowed ({@code style-src-attr}): the charts
 * library (ECharts) positions its tooltips by setting them; the pages the server renders
 * hold none (a test walks them). Spring Security writes them on the pages it serves
 * ({@code access}'s security configuration reads these values); the answers written
 * before Spring MVC (Tomcat's rejections, malformed queries) write them through
 * {@link #write(HttpServletResponse)}.
 */
public final class SecurityHeaders {

	/** For HTML pages. */
	public static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data: https:; style-src 'self'; "
			+ "style-src-attr 'unsafe-inline'; "
			+ "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/** For API answers (JSON, files): nothing may be loaded or framed. */
	public static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

	/**
	 * Browser features: the location for the tip form and the field officer's GPS,
	 * nothing else.
	 */
	public static final String PERMISSIONS_POLICY = "geolocation=(self), camera=(), microphone=(), payment=(), usb=()";

	private SecurityHeaders() {
	}

	/** The page headers on an answer written outside Spring Security. */
	public static void write(HttpServletResponse response) {
		response.setHeader("Content-Security-Policy", PAGE_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "same-origin");
		response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
		response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
	}

}

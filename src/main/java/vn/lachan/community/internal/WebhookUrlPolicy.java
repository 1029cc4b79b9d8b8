package vn.lachan.community.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * A gateway's webhook address must be https. Plain http is allowed only to a loopback
 * address and only where {@code lachan.community.allow-http-loopback} is set (development
 * and tests).
 */
final class WebhookUrlPolicy {

	private final boolean allowHttpLoopback;

	WebhookUrlPolicy(boolean allowHttpLoopback) {
		this.allowHttpLoopback = allowHttpLoopback;
	}

	/** The message code of what is wrong, or {@code null} when the address is fine. */
	String problem(String url) {
		if (url == null || url.isBlank()) {
			return "community.gateway.url-required";
		}
		URI uri;
		try {
			uri = new URI(url.strip());
		}
		catch (URISyntaxException ex) {
			return "community.gateway.url-invalid";
		}
		if (uri.getHost() == null || uri.getScheme() == null) {
			return "community.gateway.url-invalid";
		}
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		if (scheme.equals("https")) {
			return null;
		}
		if (scheme.equals("http") && this.allowHttpLoopback && loopback(uri.getHost())) {
			return null;
		}
		return "community.gateway.https-required";
	}

	private static boolean loopback(String host) {
		if (host.equalsIgnoreCase("localhost")) {
			return true;
		}
		if (!host.matches("[0-9.]+|\\[[0-9a-fA-F:]+\\]")) {
			return false;
		}
		try {
			return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}

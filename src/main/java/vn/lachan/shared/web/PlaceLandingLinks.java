package vn.lachan.shared.web;

import java.util.List;

/**
 * What a module offers on a place's QR landing page ({@code /p/{token}}, served by tips):
 * links such as "check in here" or "join the traders' group". Modules declare beans of
 * this type; the landing page lists every link they give, in bean order.
 */
@FunctionalInterface
public interface PlaceLandingLinks {

	List<Link> linksFor(long placeId, String placeToken);

	/**
	 * One link.
	 *
	 * @param id the element id (for tests and styling)
	 * @param labelKey the message key of its text
	 * @param labelArgument the one argument of that message, or {@code null}
	 * @param href where it leads
	 */
	record Link(String id, String labelKey, String labelArgument, String href) {
	}

}

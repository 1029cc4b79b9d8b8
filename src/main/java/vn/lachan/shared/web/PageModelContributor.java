package vn.lachan.shared.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Adds what the layout of every page reads (navigation, the signed-in person ...) to a
 * page's model. Modules declare beans of this type; they run for pages only, error pages
 * included, never for API responses. A contributor leaves entries already present alone.
 */
@FunctionalInterface
public interface PageModelContributor {

	void contribute(HttpServletRequest request, Map<String, Object> model);

}

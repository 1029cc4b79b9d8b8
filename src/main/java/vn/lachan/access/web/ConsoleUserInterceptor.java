package vn.lachan.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.web.ConsolePages;
import vn.lachan.territory.TerritoryCatalog;

/**
 * Puts the signed-in person and their unit into the model of every page, for the layout.
 * Pages only: API responses have no model and pay nothing here.
 */
class ConsoleUserInterceptor implements HandlerInterceptor {

	private final TerritoryCatalog territory;

	ConsoleUserInterceptor(TerritoryCatalog territory) {
		this.territory = territory;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView result) {
		if (!ConsolePages.rendersPage(result)) {
			return;
		}
		CurrentUser user = CurrentUser.signedIn();
		result.getModel().putIfAbsent("currentUser", user);
		if (user != null && user.unitId() != null && !result.getModel().containsKey("currentUnit")) {
			this.territory.findUnit(user.unitId()).ifPresent((unit) -> result.getModel().put("currentUnit", unit));
		}
	}

}

package vn.lachan.access.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.web.Problems;
import vn.lachan.territory.AdminUnitSummary;
import vn.lachan.territory.TerritoryCatalog;

/**
 * Puts the signed-in person and their unit into every page's model, for the layout.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ConsoleModelAdvice {

	private final TerritoryCatalog territory;

	ConsoleModelAdvice(TerritoryCatalog territory) {
		this.territory = territory;
	}

	@ModelAttribute("currentUser")
	CurrentUser currentUser(CurrentUser user) {
		return user;
	}

	@ModelAttribute("currentUnit")
	AdminUnitSummary currentUnit(CurrentUser user, HttpServletRequest request) {
		if (Problems.isApiRequest(request)) {
			return null;
		}
		return (user != null && user.unitId() != null) ? this.territory.findUnit(user.unitId()).orElse(null) : null;
	}

}

package vn.lachan.access.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.web.PageModelContributor;
import vn.lachan.territory.TerritoryCatalog;

/**
 * The signed-in person and their unit on every page, for the layout.
 */
@Component
class ConsoleUserContributor implements PageModelContributor {

	private final TerritoryCatalog territory;

	ConsoleUserContributor(TerritoryCatalog territory) {
		this.territory = territory;
	}

	@Override
	public void contribute(HttpServletRequest request, Map<String, Object> model) {
		CurrentUser user = CurrentUser.signedIn();
		model.putIfAbsent("currentUser", user);
		if (user != null && user.unitId() != null && !model.containsKey("currentUnit")) {
			this.territory.findUnit(user.unitId()).ifPresent((unit) -> model.put("currentUnit", unit));
		}
	}

}

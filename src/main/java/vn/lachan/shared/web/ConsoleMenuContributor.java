package vn.lachan.shared.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import vn.lachan.shared.security.CurrentUser;

/**
 * The console navigation the signed-in person may see, from the modules'
 * {@link ConsoleMenuItem}s, and the current path, on every page.
 */
@Component
class ConsoleMenuContributor implements PageModelContributor {

	private final List<ConsoleMenuItem> items;

	ConsoleMenuContributor(List<ConsoleMenuItem> items) {
		this.items = items.stream().sorted(Comparator.comparingInt(ConsoleMenuItem::order)).toList();
	}

	@Override
	public void contribute(HttpServletRequest request, Map<String, Object> model) {
		CurrentUser user = CurrentUser.signedIn();
		model.putIfAbsent("consoleMenu",
				(user != null) ? this.items.stream().filter((item) -> item.visibleTo(user)).toList() : List.of());
		model.putIfAbsent("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
	}

}

package vn.lachan.shared.web;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import vn.lachan.shared.security.CurrentUser;

/**
 * The console navigation the signed-in person may see, from the modules'
 * {@link ConsoleMenuItem}s grouped into their sections, and the current path, on every
 * page.
 */
@Component
class ConsoleMenuContributor implements PageModelContributor {

	private final List<ConsoleMenuItem> items;

	ConsoleMenuContributor(List<ConsoleMenuItem> items) {
		this.items = items.stream()
			.sorted(Comparator.comparing(ConsoleMenuItem::group).thenComparingInt(ConsoleMenuItem::order))
			.toList();
	}

	@Override
	public void contribute(HttpServletRequest request, Map<String, Object> model) {
		CurrentUser user = CurrentUser.signedIn();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		List<ConsoleMenuItem> visible = (user != null)
				? this.items.stream().filter((item) -> item.visibleTo(user)).toList() : List.of();
		model.putIfAbsent("consoleMenu", visible);
		model.putIfAbsent("consoleMenuSections", sections(visible, path));
		model.putIfAbsent("currentPath", path);
	}

	static List<ConsoleMenuSection> sections(List<ConsoleMenuItem> visible, String path) {
		Map<ConsoleMenuGroup, List<ConsoleMenuItem>> byGroup = visible.stream()
			.collect(Collectors.groupingBy(ConsoleMenuItem::group, () -> new EnumMap<>(ConsoleMenuGroup.class),
					Collectors.toList()));
		return byGroup.entrySet()
			.stream()
			.map((entry) -> new ConsoleMenuSection(entry.getKey(), entry.getValue(),
					entry.getValue().stream().anyMatch((item) -> opens(item, path))))
			.toList();
	}

	/** The entry's page or a page below it (the dashboard only for itself). */
	private static boolean opens(ConsoleMenuItem item, String path) {
		return item.path().equals(path) || (!item.path().equals("/console") && path.startsWith(item.path() + "/"));
	}

}

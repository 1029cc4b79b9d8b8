package vn.lachan.shared.web;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

import vn.lachan.shared.security.CurrentUser;

/**
 * Puts the console navigation the signed-in person may see, and the current path, into
 * the model of every page. Only pages: an interceptor's {@code postHandle} sees API
 * responses without a model, so they cost nothing here (a {@code @ControllerAdvice} would
 * also run for every {@code @RestController}).
 */
class ConsoleMenuInterceptor implements HandlerInterceptor {

	private final List<ConsoleMenuItem> items;

	ConsoleMenuInterceptor(List<ConsoleMenuItem> items) {
		this.items = items.stream().sorted(Comparator.comparingInt(ConsoleMenuItem::order)).toList();
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView result) {
		if (!ConsolePages.rendersPage(result)) {
			return;
		}
		CurrentUser user = CurrentUser.signedIn();
		result.getModel()
			.putIfAbsent("consoleMenu",
					(user != null) ? this.items.stream().filter((item) -> item.visibleTo(user)).toList() : List.of());
		result.getModel()
			.putIfAbsent("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
	}

}

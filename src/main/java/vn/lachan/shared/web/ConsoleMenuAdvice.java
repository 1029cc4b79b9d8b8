package vn.lachan.shared.web;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.lachan.shared.security.CurrentUser;

/**
 * Puts the console navigation the signed-in person may see into every page's model.
 */
@ControllerAdvice(annotations = Controller.class)
class ConsoleMenuAdvice {

	private final List<ConsoleMenuItem> items;

	ConsoleMenuAdvice(List<ConsoleMenuItem> items) {
		this.items = items.stream().sorted(Comparator.comparingInt(ConsoleMenuItem::order)).toList();
	}

	@ModelAttribute("consoleMenu")
	List<ConsoleMenuItem> consoleMenu(CurrentUser user, HttpServletRequest request) {
		if (user == null || Problems.isApiRequest(request)) {
			return List.of();
		}
		return this.items.stream().filter((item) -> item.visibleTo(user)).toList();
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}

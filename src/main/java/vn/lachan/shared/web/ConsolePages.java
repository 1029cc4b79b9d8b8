package vn.lachan.shared.web;

import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Tells pages from everything else a handler may answer: API bodies have no model at all,
 * and redirects have no page.
 */
public final class ConsolePages {

	private ConsolePages() {
	}

	/** Whether the handler's result renders a page, whose model the layout reads. */
	public static boolean rendersPage(ModelAndView result) {
		if (result == null || result.getView() instanceof RedirectView) {
			return false;
		}
		String name = result.getViewName();
		return name == null || !(name.startsWith("redirect:") || name.startsWith("forward:"));
	}

}

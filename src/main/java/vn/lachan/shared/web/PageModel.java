package vn.lachan.shared.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Gives every page the model its layout reads, from the {@link PageModelContributor}s:
 * after a handler returned a page (an interceptor, so API responses, which have no model,
 * cost nothing), and on error pages ({@link PageErrorHandler}), which interceptors never
 * see.
 */
@Configuration(proxyBeanMethods = false)
class PageModel implements WebMvcConfigurer {

	private final List<PageModelContributor> contributors;

	PageModel(List<PageModelContributor> contributors) {
		this.contributors = contributors;
	}

	void addTo(HttpServletRequest request, Map<String, Object> model) {
		this.contributors.forEach((contributor) -> contributor.contribute(request, model));
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
					ModelAndView result) {
				if (rendersPage(result)) {
					addTo(request, result.getModel());
				}
			}

		});
	}

	/**
	 * Whether a handler's result renders a page: API bodies have no model, redirects no
	 * page.
	 */
	static boolean rendersPage(ModelAndView result) {
		if (result == null || result.getView() instanceof RedirectView) {
			return false;
		}
		String name = result.getViewName();
		return name == null || !(name.startsWith("redirect:") || name.startsWith("forward:"));
	}

}

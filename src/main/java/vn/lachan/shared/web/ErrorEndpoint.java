package vn.lachan.shared.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers what reaches the servlet container's error page: failures in filters and
 * anything no advice handled. API requests get a problem detail, pages an error page in
 * the visitor's language; neither ever shows a stack trace.
 */
@Controller
class ErrorEndpoint implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ErrorEndpoint.class);

	private final Problems problems;

	ErrorEndpoint(Problems problems) {
		this.problems = problems;
	}

	@RequestMapping("/error")
	ModelAndView error(HttpServletRequest request) {
		int status = statusOf(request);
		Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (failure instanceof Throwable throwable && status >= 500) {
			log.error("Unhandled failure on {}", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), throwable);
		}
		HttpStatus httpStatus = HttpStatus.valueOf(status);
		String code = ApiProblemHandler.codeFor(httpStatus);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri instanceof String path && (path.startsWith("/api/") || path.startsWith("/v3/api-docs"))) {
			return new ModelAndView(this.problems.view(this.problems.problem(httpStatus, code)));
		}
		return new ModelAndView(viewFor(status),
				Map.of("status", status, "detail", this.problems.message("problem." + code, ""), "code", code),
				httpStatus);
	}

	static String viewFor(int status) {
		return switch (status) {
			case 403 -> "error/403";
			case 404 -> "error/404";
			case 503 -> "error/error";
			default -> (status >= 500) ? "error/500" : "error/error";
		};
	}

	private static int statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value && HttpStatus.resolve(value) != null) {
			return value;
		}
		return 500;
	}

}

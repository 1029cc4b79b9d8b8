package vn.lachan.shared.web;

import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import vn.lachan.shared.ConflictException;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.RuleViolationException;
import vn.lachan.shared.UnavailableException;

/**
 * Maps the exception vocabulary to error pages, with the right status. Errors raised
 * before any controller was chosen (unknown routes, 405) arrive here for the API too;
 * those are answered with problem details.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorHandler {

	private final Problems problems;

	private final PageModel pageModel;

	PageErrorHandler(Problems problems, PageModel pageModel) {
		this.problems = problems;
		this.pageModel = pageModel;
	}

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class })
	ModelAndView notFound(HttpServletRequest request) {
		return page(request, HttpStatus.NOT_FOUND, "not-found");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ModelAndView methodNotAllowed(HttpServletRequest request) {
		return page(request, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed");
	}

	@ExceptionHandler(RuleViolationException.class)
	ModelAndView ruleViolation(RuleViolationException ex, HttpServletRequest request) {
		return page(request, HttpStatus.UNPROCESSABLE_CONTENT, ex.code(), ex.arguments());
	}

	/**
	 * Bad input a page's controller did not put back on its form (a link's parameter, a
	 * form without one): a 400 page naming what was wrong, never a 500.
	 */
	@ExceptionHandler(InvalidInputException.class)
	ModelAndView invalidInput(InvalidInputException ex, HttpServletRequest request) {
		if (Problems.isApiRequest(request)) {
			return new ModelAndView(this.problems.view(this.problems.validation(ex.fieldProblems())));
		}
		ModelAndView page = page(request, HttpStatus.BAD_REQUEST, "validation");
		String fields = ex.fieldProblems()
			.stream()
			.map((field) -> this.problems.message(field.message(), field.message()))
			.distinct()
			.collect(Collectors.joining(" "));
		if (!fields.isBlank()) {
			page.addObject("detail", fields);
		}
		return page;
	}

	@ExceptionHandler(ConflictException.class)
	ModelAndView conflict(ConflictException ex, HttpServletRequest request) {
		return page(request, HttpStatus.CONFLICT, ex.code(), ex.arguments());
	}

	@ExceptionHandler({ OptimisticLockingFailureException.class, DuplicateKeyException.class })
	ModelAndView concurrentChange(RuntimeException ex, HttpServletRequest request) {
		String code = (ex instanceof DuplicateKeyException) ? "duplicate" : "concurrent-change";
		return page(request, HttpStatus.CONFLICT, code);
	}

	@ExceptionHandler(UnavailableException.class)
	ModelAndView unavailable(UnavailableException ex, HttpServletRequest request) {
		return page(request, HttpStatus.SERVICE_UNAVAILABLE, ex.code(), ex.arguments());
	}

	private ModelAndView page(HttpServletRequest request, HttpStatus status, String code, Object... arguments) {
		if (Problems.isApiRequest(request)) {
			return new ModelAndView(this.problems.view(this.problems.problem(status, code, arguments)));
		}
		ModelAndView page = new ModelAndView(ErrorEndpoint.viewFor(status.value()), status);
		page.addObject("status", status.value());
		page.addObject("detail", this.problems.message("problem." + code, null, arguments));
		// the layout's navigation: interceptors never see a page an exception handler
		// made
		this.pageModel.addTo(request, page.getModel());
		return page;
	}

}

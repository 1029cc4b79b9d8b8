package vn.lachan.tips.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Every failure of the Open311 endpoint in the spec's error format and codes: 404 for
 * unknown jurisdiction, service, request or token, 403 for a missing or invalid API key,
 * 400 for anything else a client did wrong.
 */
@ControllerAdvice(assignableTypes = Open311Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311ErrorHandler {

	private static final Logger log = LoggerFactory.getLogger(Open311ErrorHandler.class);

	@ExceptionHandler(Open311Exception.class)
	ResponseEntity<String> open311(Open311Exception ex, HttpServletRequest request) {
		return answer(request, ex.status(), ex.errors());
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<String> unexpected(Exception ex, HttpServletRequest request) {
		if (ex instanceof org.springframework.web.bind.MissingServletRequestParameterException
				|| ex instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException) {
			return answer(request, 400, List.of(new Open311Format.Error(400, "Bad request")));
		}
		log.error("Unexpected Open311 failure on {} {}", request.getMethod(), request.getRequestURI(), ex);
		return answer(request, 500, List.of(new Open311Format.Error(500, "Internal error")));
	}

	static ResponseEntity<String> answer(HttpServletRequest request, int status, List<Open311Format.Error> errors) {
		Open311Format format = Open311Format.of(request.getRequestURI());
		return ResponseEntity.status(status)
			.header(HttpHeaders.CONTENT_TYPE, format.contentType())
			.body(format.errors(errors));
	}

}

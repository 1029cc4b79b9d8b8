package vn.lachan.shared.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import vn.lachan.shared.ConflictException;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.InvalidInputException.FieldProblem;
import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.RuleViolationException;
import vn.lachan.shared.UnavailableException;

/**
 * Maps the exception vocabulary to problem details for every {@code @RestController}.
 * Errors raised before a controller is chosen (unknown routes, 405) are answered by
 * {@link PageErrorHandler} and {@link ErrorEndpoint}, which hand {@code /api} requests
 * back to {@link Problems}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

	private final Problems problems;

	ApiProblemHandler(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return respond(this.problems.problem(HttpStatus.NOT_FOUND, ex.code(), ex.arguments()));
	}

	@ExceptionHandler(RuleViolationException.class)
	ResponseEntity<ProblemDetail> ruleViolation(RuleViolationException ex) {
		return respond(this.problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, ex.code(), ex.arguments()));
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<ProblemDetail> conflict(ConflictException ex) {
		return respond(this.problems.problem(HttpStatus.CONFLICT, ex.code(), ex.arguments()));
	}

	@ExceptionHandler({ OptimisticLockingFailureException.class, DuplicateKeyException.class })
	ResponseEntity<ProblemDetail> concurrentChange(RuntimeException ex) {
		String code = (ex instanceof DuplicateKeyException) ? "duplicate" : "concurrent-change";
		return respond(this.problems.problem(HttpStatus.CONFLICT, code));
	}

	@ExceptionHandler(UnavailableException.class)
	ResponseEntity<ProblemDetail> unavailable(UnavailableException ex) {
		ResponseEntity<ProblemDetail> response = respond(
				this.problems.problem(HttpStatus.SERVICE_UNAVAILABLE, ex.code(), ex.arguments()));
		return ResponseEntity.status(response.getStatusCode())
			.headers(response.getHeaders())
			.header(HttpHeaders.RETRY_AFTER, "5")
			.body(response.getBody());
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalidInput(InvalidInputException ex) {
		return respond(this.problems.validation(ex.fieldProblems()));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException ex) {
		return respond(this.problems.problem(HttpStatus.FORBIDDEN, "forbidden"));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
		log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), ex);
		return respond(this.problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal"));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return asObject(respond(this.problems.validation(fieldProblems(ex.getBindingResult()))));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> fields = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> new FieldProblem(result.getMethodParameter().getParameterName(),
						lastCode(error.getCodes()), error.getDefaultMessage())))
			.toList();
		return asObject(respond(this.problems.validation(fields)));
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		// Spring's own exceptions (unreadable body, missing parameter, type mismatch, 405
		// ...)
		ProblemDetail problem = this.problems.problem(statusCode, codeFor(statusCode));
		if (body instanceof ProblemDetail original && original.getDetail() != null
				&& statusCode.value() != HttpStatus.INTERNAL_SERVER_ERROR.value()) {
			problem.setProperty("reason", original.getDetail());
		}
		return new ResponseEntity<>(problem, headers, statusCode);
	}

	static String codeFor(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> "bad-request";
			case 401 -> "unauthorized";
			case 403 -> "forbidden";
			case 404 -> "not-found";
			case 405 -> "method-not-allowed";
			case 406 -> "not-acceptable";
			case 409 -> "conflict";
			case 413 -> "too-large";
			case 415 -> "unsupported-media-type";
			case 429 -> "too-many-requests";
			default -> (status.is5xxServerError()) ? "internal" : "bad-request";
		};
	}

	static List<FieldProblem> fieldProblems(BindingResult result) {
		List<FieldProblem> fields = result.getFieldErrors()
			.stream()
			.map((FieldError error) -> new FieldProblem(error.getField(), lastCode(error.getCodes()),
					error.getDefaultMessage()))
			.toList();
		List<FieldProblem> global = result.getGlobalErrors()
			.stream()
			.map((error) -> new FieldProblem(error.getObjectName(), lastCode(error.getCodes()),
					error.getDefaultMessage()))
			.toList();
		return java.util.stream.Stream.concat(fields.stream(), global.stream()).toList();
	}

	private static String lastCode(String[] codes) {
		return (codes == null || codes.length == 0) ? "invalid" : codes[codes.length - 1];
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus())
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> entity) {
		return (ResponseEntity) entity;
	}

}

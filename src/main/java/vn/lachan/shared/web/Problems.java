package vn.lachan.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;

import vn.lachan.shared.InvalidInputException.FieldProblem;

/**
 * Builds the RFC 9457 problem details every {@code /api} error answers with: a stable
 * {@code type} and {@code code}, a localised title and detail, field errors where
 * relevant, never a stack trace.
 */
@Component
public class Problems {

	/** The base of every problem type; a page per code may be served there one day. */
	public static final String TYPE_BASE = "https://lachan.vn/problems/";

	private final MessageSource messages;

	private final JsonMapper json;

	private final LocaleResolver locales;

	Problems(MessageSource messages, JsonMapper json, LocaleResolver locales) {
		this.messages = messages;
		this.json = json;
		this.locales = locales;
	}

	/** Whether the request belongs to the machine API rather than to the pages. */
	public static boolean isApiRequest(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/v3/api-docs");
	}

	public ProblemDetail problem(HttpStatusCode status, String code, Object... arguments) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create(TYPE_BASE + code));
		problem.setTitle(message("problem." + code + ".title", defaultTitle(status)));
		problem.setDetail(message("problem." + code, null, arguments));
		problem.setProperty("code", code);
		return problem;
	}

	/**
	 * A problem for a request that has not reached Spring MVC (filters, security
	 * handlers), in the language the request asks for.
	 */
	public ProblemDetail problem(HttpServletRequest request, HttpStatusCode status, String code) {
		Locale previous = LocaleContextHolder.getLocale();
		LocaleContextHolder.setLocale(this.locales.resolveLocale(request));
		try {
			return problem(status, code);
		}
		finally {
			LocaleContextHolder.setLocale(previous);
		}
	}

	public ProblemDetail validation(List<FieldProblem> fields) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation");
		problem.setProperty("errors", fields.stream()
			.map((field) -> new FieldProblem(field.field(), field.code(), message(field.message(), field.message())))
			.toList());
		return problem;
	}

	/** Writes a problem straight to the response, for filters and security handlers. */
	public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) {
		if (problem.getTitle() == null || problem.getDetail() == null) {
			throw new IllegalArgumentException("A problem needs a title and a detail");
		}
		try {
			problem.setInstance(URI.create(request.getRequestURI()));
			response.setStatus(problem.getStatus());
			response.setCharacterEncoding("UTF-8");
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			this.json.writeValue(response.getOutputStream(), problem);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** A view that renders a problem, for advice that otherwise answers with pages. */
	public View view(ProblemDetail problem) {
		return (model, request, response) -> write(request, response, problem);
	}

	public String message(String key, String fallback, Object... arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, arguments, fallback, locale);
	}

	private static String defaultTitle(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		return (known != null) ? known.getReasonPhrase() : "Error";
	}

}

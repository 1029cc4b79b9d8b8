package vn.lachan.tips.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Open311 clients get the spec's error list (JSON or XML, by the path's extension) also
 * for what fails before {@link Open311Controller} is chosen: an unknown path (404), a
 * method the resource does not have (405), a body type it does not read (400). Every
 * other path is left to the platform's own error handling.
 */
@Component
class Open311RouteErrors implements HandlerExceptionResolver, Ordered {

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith("/open311/")) {
			return null;
		}
		Open311Format.Error error;
		if (ex instanceof NoResourceFoundException) {
			error = new Open311Format.Error(404, "Not found");
		}
		else if (ex instanceof HttpRequestMethodNotSupportedException) {
			error = new Open311Format.Error(405, "Method not allowed");
		}
		else if (ex instanceof HttpMediaTypeNotSupportedException) {
			error = new Open311Format.Error(400, "Unsupported content type");
		}
		else {
			return null;
		}
		Open311Format format = Open311Format.of(path);
		try {
			response.setStatus(error.code());
			response.setHeader(HttpHeaders.CONTENT_TYPE, format.contentType());
			response.getOutputStream().write(format.errors(List.of(error)).getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException failure) {
			return null;
		}
		return new ModelAndView();
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}

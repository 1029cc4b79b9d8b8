package vn.lachan.shared.web.edge;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import vn.lachan.shared.web.SecurityHeaders;

/**
 * Answers 400 to a query string that is not valid percent-encoded UTF-8 (e.g.
 * {@code %ED%A0%80}, a lone surrogate) before anything reads a parameter of it: a problem
 * detail on {@code /api/**}, the site's error page elsewhere.
 */
class MalformedQueryFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isWellFormed(request.getQueryString())) {
			chain.doFilter(request, response);
			return;
		}
		String uri = request.getRequestURI().substring(request.getContextPath().length());
		boolean api = EdgeAnswers.isApi(uri);
		byte[] body = api ? EdgeAnswers.problem(400) : EdgeAnswers.page(400);
		response.setStatus(400);
		response.setCharacterEncoding("UTF-8");
		response.setContentType(api ? "application/problem+json" : "text/html;charset=UTF-8");
		SecurityHeaders.write(response);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/** Whether every {@code %xx} is two hex digits and the bytes decode as UTF-8. */
	static boolean isWellFormed(String query) {
		if (query == null || query.indexOf('%') < 0) {
			return true;
		}
		ByteBuffer bytes = ByteBuffer.allocate(query.length() * 3);
		for (int i = 0; i < query.length(); i++) {
			char c = query.charAt(i);
			if (c == '%') {
				if (i + 2 >= query.length()) {
					return false;
				}
				int high = Character.digit(query.charAt(i + 1), 16);
				int low = Character.digit(query.charAt(i + 2), 16);
				if (high < 0 || low < 0) {
					return false;
				}
				bytes.put((byte) (high * 16 + low));
				i += 2;
			}
			else {
				bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
			}
		}
		bytes.flip();
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(bytes);
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

}

package vn.lachan.tips.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.lachan.shared.web.Problems;
import vn.lachan.tips.internal.PublicRateLimiter;

/**
 * Limits the public endpoints per client: every call of the public API and Open311, and
 * every form post of the public pages. Answers 429 as a problem, an Open311 error or an
 * error page.
 */
@Component
class PublicRateLimitFilter extends OncePerRequestFilter {

	private final PublicRateLimiter limiter;

	private final Problems problems;

	PublicRateLimitFilter(PublicRateLimiter limiter, Problems problems) {
		this.limiter = limiter;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!TipsWebConfiguration.PUBLIC_PATHS.matches(path)) {
			return true;
		}
		// every call of the public API and Open311; on the public pages, only form posts
		return !(path.startsWith("/api/") || path.startsWith("/open311/") || "POST".equals(request.getMethod()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.limiter.tryAcquire(request.getRemoteAddr())) {
			chain.doFilter(request, response);
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		response.setHeader("Retry-After", "60");
		if (path.startsWith("/api/")) {
			this.problems.write(request, response,
					this.problems.problem(request, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests"));
		}
		else if (path.startsWith("/open311/")) {
			Open311Format format = Open311Format.of(path);
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setContentType(format.contentType());
			response.setCharacterEncoding("UTF-8");
			response.getWriter()
				.write(format.errors(java.util.List.of(new Open311Format.Error(429, "Too many requests"))));
		}
		else {
			response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
		}
	}

}

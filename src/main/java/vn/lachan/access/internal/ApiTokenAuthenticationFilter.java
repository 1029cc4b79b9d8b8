package vn.lachan.access.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.lachan.shared.web.Problems;

/**
 * Accepts {@code Authorization: Bearer <token>} on the API: a personal token, looked up
 * by its hash, not revoked, of an enabled and unlocked account. A bad token answers 401
 * at once.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(5);

	private final ApiTokenRepository tokens;

	private final AccountPrincipals principals;

	private final Problems problems;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ApiTokenAuthenticationFilter(ApiTokenRepository tokens, AccountPrincipals principals, Problems problems,
			TransactionTemplate transactions, Clock clock) {
		this.tokens = tokens;
		this.principals = principals;
		this.problems = problems;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		String value = header.substring(BEARER.length()).strip();
		AccountPrincipal principal = this.transactions.execute((status) -> authenticate(value));
		if (principal == null) {
			this.problems.write(request, response,
					this.problems.problem(request, HttpStatus.UNAUTHORIZED, "invalid-token"));
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private AccountPrincipal authenticate(String value) {
		if (value.isEmpty() || value.length() > 200) {
			return null;
		}
		ApiToken token = this.tokens.findByTokenHash(ApiToken.hash(value)).filter(ApiToken::active).orElse(null);
		if (token == null) {
			return null;
		}
		AccountPrincipal principal = this.principals.forAccount(token.accountId()).orElse(null);
		if (principal == null || !principal.isEnabled() || !principal.isAccountNonLocked()) {
			return null;
		}
		if (token.lastUsedAt() == null
				|| token.lastUsedAt().plus(LAST_USED_RESOLUTION).isBefore(this.clock.instant())) {
			token.used(this.clock.instant());
			this.tokens.save(token);
		}
		return principal;
	}

}

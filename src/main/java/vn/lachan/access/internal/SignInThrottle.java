package vn.lachan.access.internal;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.lachan.shared.ratelimit.RateLimit;
import vn.lachan.shared.ratelimit.RateLimits;

/**
 * Sign-in throttling per address, beside the lock of an account after its failures: an
 * address with {@code failuresPerAddress} failed sign-ins (on any usernames, known or
 * not) may try again once every {@code 15 / failuresPerAddress} minutes, counted for
 * every instance ({@link RateLimits}). A refused attempt checks no password.
 */
@Component
public class SignInThrottle {

	private final RateLimit failures;

	SignInThrottle(RateLimits limits,
			@Value("${lachan.access.sign-in.failures-per-address:20}") int failuresPerAddress) {
		this.failures = limits.limit("sign-in-failures", failuresPerAddress, Duration.ofMinutes(15));
	}

	/** Counts a failed sign-in from the address. */
	void failed(String address) {
		if (address != null) {
			this.failures.tryAcquire(address);
		}
	}

	boolean isThrottled(String address) {
		return address != null && this.failures.isExhausted(address);
	}

	/** The filter in front of the sign-in form's POST. */
	OncePerRequestFilter filter() {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String path = request.getRequestURI().substring(request.getContextPath().length());
				if ("POST".equals(request.getMethod()) && "/login".equals(path)
						&& isThrottled(request.getRemoteAddr())) {
					request.getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new Throttled());
					response.sendRedirect(request.getContextPath() + "/login?error");
					return;
				}
				chain.doFilter(request, response);
			}
		};
	}

	/** Why a sign-in was refused before its password was checked. */
	public static final class Throttled extends AuthenticationException {

		Throttled() {
			super("Too many failed sign-ins from this address");
		}

	}

}

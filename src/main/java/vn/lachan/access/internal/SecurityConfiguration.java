package vn.lachan.access.internal;

import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lachan.shared.security.Role;
import vn.lachan.shared.web.Problems;
import vn.lachan.shared.web.PublicPaths;
import vn.lachan.shared.web.SecurityHeaders;

/**
 * Two filter chains: the API and actuator (stateless, personal tokens, problem details
 * for 401 and 403), and the pages (form login with CSRF, the console for staff, public
 * pages for all).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * Paths anyone may open without signing in. Later modules add their public pages
	 * here.
	 */
	static final String[] PUBLIC_PAGES = { "/", "/login", "/error", "/favicon.ico", "/css/**", "/js/**", "/images/**",
			"/webjars/**", "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**" };

	private final AccountQueries accounts;

	SecurityConfiguration(AccountQueries accounts) {
		this.accounts = accounts;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokenRepository tokens, AccountPrincipals principals,
			Problems problems, TransactionTemplate transactions, Clock clock, List<PublicPaths> modulePaths)
			throws Exception {
		String[] publicApi = modulePaths.stream()
			.flatMap((paths) -> paths.patterns().stream())
			.filter((pattern) -> pattern.startsWith("/api/"))
			.toArray(String[]::new);
		http.securityMatcher("/api/**", "/actuator/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers(EndpointRequest.to("health"))
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole(Role.ADMIN.name())
				.requestMatchers(publicApi)
				.permitAll()
				.requestMatchers("/api/v1/accounts/**", "/api/v1/audit-events/**")
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.authenticated())
			.addFilterBefore(new ApiTokenAuthenticationFilter(tokens, principals, problems, transactions, clock),
					AnonymousAuthenticationFilter.class)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(SecurityHeaders.API_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.requestCache((cache) -> cache.disable())
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint((request, response, ex) -> problems.write(request, response,
						problems.problem(request, HttpStatus.UNAUTHORIZED, "unauthorized")))
				.accessDeniedHandler((request, response, ex) -> problems.write(request, response,
						problems.problem(request, HttpStatus.FORBIDDEN, "forbidden"))));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageChain(HttpSecurity http, List<PublicPaths> modulePaths, SignInThrottle throttle)
			throws Exception {
		String[] open = Stream
			.concat(Stream.of(PUBLIC_PAGES), modulePaths.stream().flatMap((paths) -> paths.patterns().stream()))
			.toArray(String[]::new);
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(open)
			.permitAll()
			.requestMatchers("/console/admin/**")
			.hasRole(Role.ADMIN.name())
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/console", false).permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(SecurityHeaders.PAGE_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader((permissions) -> permissions.policy(SecurityHeaders.PERMISSIONS_POLICY))
				.crossOriginOpenerPolicy((opener) -> opener.policy(CrossOriginOpenerPolicy.SAME_ORIGIN)))
			.addFilterAfter(new SessionValidityFilter(this.accounts), SecurityContextHolderFilter.class)
			.addFilterBefore(throttle.filter(), UsernamePasswordAuthenticationFilter.class)
			.httpBasic((basic) -> basic.disable())
			.rememberMe((remember) -> remember.disable())
			.sessionManagement((session) -> session.sessionFixation(Customizer.withDefaults()));
		return http.build();
	}

}

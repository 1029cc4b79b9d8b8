package vn.lachan.tips.web;

import java.util.Set;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

import vn.lachan.shared.security.Role;
import vn.lachan.shared.web.ConsoleMenuGroup;
import vn.lachan.shared.web.ConsoleMenuItem;
import vn.lachan.shared.web.PublicPaths;
import vn.lachan.tips.internal.IntakeTraffic;

/**
 * The module's public paths, security for Open311, the intake traffic count and console
 * navigation.
 */
@Configuration(proxyBeanMethods = false)
class TipsWebConfiguration {

	/**
	 * The tips module's public paths, declared once: security opens them, the rate limit
	 * guards them.
	 */
	static final PublicPaths PUBLIC_PATHS = PublicPaths.of("/report", "/report/**", "/track", "/track/**", "/p/**",
			"/open311/**", "/api/v1/public/**");

	@Bean
	PublicPaths tipsPublicPaths() {
		return PUBLIC_PATHS;
	}

	/**
	 * Open311 clients post form-encoded requests with an API key, not a session: no CSRF,
	 * no session, open to all (the key is checked by the endpoint itself).
	 */
	@Bean
	@Order(0)
	SecurityFilterChain open311Chain(HttpSecurity http) throws Exception {
		http.securityMatcher("/open311/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	@Bean
	FilterRegistrationBean<IntakeTrafficFilter> intakeTrafficFilter(IntakeTraffic traffic) {
		FilterRegistrationBean<IntakeTrafficFilter> registration = new FilterRegistrationBean<>(
				new IntakeTrafficFilter(traffic));
		registration.addUrlPatterns(IntakeTrafficFilter.PATHS);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	ConsoleMenuItem tipsInboxMenuItem() {
		return new ConsoleMenuItem("nav.tips", "/console/tips",
				Set.of(Role.ADMIN, Role.COMMITTEE, Role.WARD_OFFICER, Role.AREA_OFFICER, Role.FORCE_MEMBER), 20,
				ConsoleMenuGroup.TIPS);
	}

	@Bean
	ConsoleMenuItem tipsMapMenuItem() {
		return new ConsoleMenuItem("nav.tips-map", "/console/tips/map",
				Set.of(Role.ADMIN, Role.COMMITTEE, Role.WARD_OFFICER, Role.AREA_OFFICER), 21, ConsoleMenuGroup.TIPS);
	}

}

package vn.lachan.tips.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lachan.shared.security.Role;
import vn.lachan.shared.web.ConsoleMenuItem;
import vn.lachan.shared.web.PublicPaths;

/**
 * The module's public paths and console navigation.
 */
@Configuration(proxyBeanMethods = false)
class TipsWebConfiguration {

	@Bean
	PublicPaths tipsPublicPaths() {
		return PublicPaths.of("/report", "/report/**", "/track", "/track/**", "/p/**", "/open311/**",
				"/api/v1/public/**");
	}

	@Bean
	ConsoleMenuItem tipsInboxMenuItem() {
		return new ConsoleMenuItem("nav.tips", "/console/tips",
				Set.of(Role.ADMIN, Role.COMMITTEE, Role.WARD_OFFICER, Role.AREA_OFFICER, Role.FORCE_MEMBER), 20);
	}

	@Bean
	ConsoleMenuItem tipsMapMenuItem() {
		return new ConsoleMenuItem("nav.tips-map", "/console/tips/map",
				Set.of(Role.ADMIN, Role.COMMITTEE, Role.WARD_OFFICER, Role.AREA_OFFICER), 21);
	}

}

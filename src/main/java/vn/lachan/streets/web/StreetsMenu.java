package vn.lachan.streets.web;

import java.util.EnumSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lachan.shared.security.Role;
import vn.lachan.shared.web.ConsoleMenuGroup;
import vn.lachan.shared.web.ConsoleMenuItem;

/**
 * The streets module's entry in the console's navigation.
 */
@Configuration(proxyBeanMethods = false)
class StreetsMenu {

	@Bean
	ConsoleMenuItem streetsViolationsMenuItem() {
		return new ConsoleMenuItem("nav.streets.violations", "/console/streets",
				EnumSet.of(Role.ADMIN, Role.WARD_OFFICER, Role.AREA_OFFICER, Role.FORCE_MEMBER), 40,
				ConsoleMenuGroup.STREETS);
	}

}

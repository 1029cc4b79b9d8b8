package vn.lachan.programs.web;

import java.util.EnumSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lachan.shared.security.Role;
import vn.lachan.shared.web.ConsoleMenuGroup;
import vn.lachan.shared.web.ConsoleMenuItem;

/**
 * The programs' entry in the console's navigation.
 */
@Configuration(proxyBeanMethods = false)
class ProgramsMenu {

	@Bean
	ConsoleMenuItem programsMenuItem() {
		return new ConsoleMenuItem("nav.programs", "/console/programs",
				EnumSet.of(Role.ADMIN, Role.COMMITTEE, Role.WARD_OFFICER), 60, ConsoleMenuGroup.PROGRAMS);
	}

}

package vn.lachan.forces.web;

import java.util.EnumSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lachan.shared.security.Role;
import vn.lachan.shared.web.ConsoleMenuGroup;
import vn.lachan.shared.web.ConsoleMenuItem;

/**
 * The forces' entries in the console's navigation.
 */
@Configuration(proxyBeanMethods = false)
class ForcesMenu {

	@Bean
	ConsoleMenuItem forcesTeamsMenuItem() {
		return new ConsoleMenuItem("nav.forces.teams", "/console/forces/teams",
				EnumSet.complementOf(EnumSet.of(Role.HOST)), 20, ConsoleMenuGroup.FORCES);
	}

	@Bean
	ConsoleMenuItem forcesActivitiesMenuItem() {
		return new ConsoleMenuItem("nav.forces.activities", "/console/forces/activities",
				EnumSet.complementOf(EnumSet.of(Role.HOST, Role.COMMITTEE)), 21, ConsoleMenuGroup.FORCES);
	}

}

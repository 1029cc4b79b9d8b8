package vn.lachan.residence.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lachan.shared.security.Role;
import vn.lachan.shared.web.ConsoleMenuGroup;
import vn.lachan.shared.web.ConsoleMenuItem;

@Configuration(proxyBeanMethods = false)
class ResidenceMenu {

	@Bean
	ConsoleMenuItem residenceMenuItem() {
		return new ConsoleMenuItem("nav.residence", "/console/residence",
				Set.of(Role.ADMIN, Role.COMMITTEE, Role.WARD_OFFICER, Role.AREA_OFFICER, Role.HOST), 40,
				ConsoleMenuGroup.RESIDENCE);
	}

}

package vn.lachan.territory.web;

import java.util.EnumSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lachan.shared.security.Role;
import vn.lachan.shared.web.ConsoleMenuGroup;
import vn.lachan.shared.web.ConsoleMenuItem;

@Configuration(proxyBeanMethods = false)
class TerritoryMenu {

	@Bean
	ConsoleMenuItem territoryMenuItem() {
		return new ConsoleMenuItem("nav.territory", "/console/territory", EnumSet.complementOf(EnumSet.of(Role.HOST)),
				10, ConsoleMenuGroup.TERRITORY);
	}

	@Bean
	ConsoleMenuItem territoryMapMenuItem() {
		return new ConsoleMenuItem("nav.map", "/console/territory/map", EnumSet.complementOf(EnumSet.of(Role.HOST)), 11,
				ConsoleMenuGroup.TERRITORY);
	}

}

package vn.lachan.access.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lachan.shared.security.Role;
import vn.lachan.shared.web.ConsoleMenuGroup;
import vn.lachan.shared.web.ConsoleMenuItem;

@Configuration(proxyBeanMethods = false)
class AccessMenu {

	@Bean
	ConsoleMenuItem accountsMenuItem() {
		return new ConsoleMenuItem("nav.accounts", "/console/admin/accounts", Set.of(Role.ADMIN), 900,
				ConsoleMenuGroup.ADMIN);
	}

	@Bean
	ConsoleMenuItem auditMenuItem() {
		return new ConsoleMenuItem("nav.audit", "/console/admin/audit", Set.of(Role.ADMIN), 910,
				ConsoleMenuGroup.ADMIN);
	}

}

package vn.lachan.mediation.web;

import java.util.EnumSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lachan.shared.security.Role;
import vn.lachan.shared.web.ConsoleMenuItem;

/** The mediation module's entry in the console's navigation. */
@Configuration(proxyBeanMethods = false)
class MediationMenu {

	@Bean
	ConsoleMenuItem mediationCasesMenuItem() {
		return new ConsoleMenuItem("nav.mediation.cases", "/console/mediation",
				EnumSet.of(Role.WARD_OFFICER, Role.MEDIATOR), 45);
	}

}

package vn.lachan.reports.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lachan.shared.web.ConsoleMenuGroup;
import vn.lachan.shared.web.ConsoleMenuItem;

@Configuration(proxyBeanMethods = false)
class ReportsMenu {

	@Bean
	ConsoleMenuItem dashboardMenuItem() {
		return new ConsoleMenuItem("nav.dashboard", "/console", Set.of(), 0, ConsoleMenuGroup.REPORTS);
	}

}

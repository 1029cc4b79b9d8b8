package vn.lachan.reports.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lachan.shared.security.Role;
import vn.lachan.shared.web.ConsoleMenuItem;

/** The console's entries of the periodic report and its subscriptions. */
@Configuration(proxyBeanMethods = false)
class PeriodicReportMenu {

	@Bean
	ConsoleMenuItem periodicReportMenuItem() {
		return new ConsoleMenuItem("nav.periodic-report", "/console/reports/periodic",
				Set.of(Role.COMMITTEE, Role.ADMIN, Role.WARD_OFFICER), 5);
	}

	@Bean
	ConsoleMenuItem reportSubscriptionsMenuItem() {
		return new ConsoleMenuItem("nav.report-subscriptions", "/console/reports/subscriptions",
				Set.of(Role.COMMITTEE, Role.ADMIN), 6);
	}

}

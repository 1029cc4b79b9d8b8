package vn.lachan.reports.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.lachan.reports.MediationFigures;
import vn.lachan.reports.ReportsCatalog;
import vn.lachan.shared.security.CurrentUser;

/**
 * Mediation figures of a unit and everything below it: cases received in the period,
 * mediated, successful, unsuccessful, withdrawn, pending and escalated, by kind and unit.
 */
@RestController
class MediationStatisticsApiController {

	private final ReportsCatalog reports;

	private final StatisticsScope scope;

	MediationStatisticsApiController(ReportsCatalog reports, StatisticsScope scope) {
		this.reports = reports;
		this.scope = scope;
	}

	@GetMapping("/api/v1/statistics/mediation")
	MediationFigures statistics(CurrentUser user, @RequestParam long unit,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		StatisticsScope.requirePeriod(from, to);
		return this.reports.mediationFigures(this.scope.unit(user, unit), from, to);
	}

}

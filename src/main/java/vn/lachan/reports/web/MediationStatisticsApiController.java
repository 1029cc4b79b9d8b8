package vn.lachan.reports.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.lachan.reports.MediationFigures;
import vn.lachan.reports.ReportsCatalog;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.InvalidInputException.FieldProblem;
import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.territory.TerritoryCatalog;

/**
 * Mediation figures of a unit and everything below it: cases received in the period,
 * mediated, successful, unsuccessful, withdrawn, pending and escalated, by kind and unit.
 */
@RestController
class MediationStatisticsApiController {

	private final ReportsCatalog reports;

	private final TerritoryCatalog territory;

	MediationStatisticsApiController(ReportsCatalog reports, TerritoryCatalog territory) {
		this.reports = reports;
		this.territory = territory;
	}

	@GetMapping("/api/v1/statistics/mediation")
	MediationFigures statistics(CurrentUser user, @RequestParam long unit,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		if (to.isBefore(from)) {
			throw new InvalidInputException(
					List.of(new FieldProblem("to", "before-from", "reports.error.before-from")));
		}
		user.requireUnit(unit, "unit", unit);
		this.territory.findUnit(unit).orElseThrow(() -> NotFoundException.of("unit", unit));
		return this.reports.mediationFigures(unit, from, to);
	}

}

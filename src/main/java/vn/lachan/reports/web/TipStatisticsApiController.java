package vn.lachan.reports.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.lachan.reports.TipStatistics;
import vn.lachan.reports.internal.TipFigureQueries;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.InvalidInputException.FieldProblem;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.territory.TerritoryCatalog;

/**
 * Tip figures of a unit and everything below it, from the reports module's tables.
 */
@RestController
class TipStatisticsApiController {

	private final TipFigureQueries queries;

	private final TerritoryCatalog territory;

	TipStatisticsApiController(TipFigureQueries queries, TerritoryCatalog territory) {
		this.queries = queries;
		this.territory = territory;
	}

	@GetMapping("/api/v1/tips/statistics")
	TipStatistics statistics(CurrentUser user, @RequestParam long unit,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		if (to.isBefore(from)) {
			throw new InvalidInputException(
					List.of(new FieldProblem("to", "before-from", "reports.error.before-from")));
		}
		user.requireUnit(unit, "unit", unit);
		this.territory.findUnit(unit).orElseThrow(() -> vn.lachan.shared.NotFoundException.of("unit", unit));
		return this.queries.statistics(unit, this.territory.subtreeIds(unit), from, to);
	}

}

package vn.lachan.reports.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.lachan.reports.StreetsFigures;
import vn.lachan.reports.internal.StreetsFigureQueries;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.InvalidInputException.FieldProblem;
import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.territory.TerritoryCatalog;

/**
 * Urban-order figures of a unit and everything below it: violations by type, step, unit
 * and month; fines decided and paid.
 */
@RestController
class StreetsStatisticsApiController {

	private final StreetsFigureQueries queries;

	private final TerritoryCatalog territory;

	StreetsStatisticsApiController(StreetsFigureQueries queries, TerritoryCatalog territory) {
		this.queries = queries;
		this.territory = territory;
	}

	@GetMapping("/api/v1/statistics/streets")
	StreetsFigures statistics(CurrentUser user, @RequestParam long unit,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		if (to.isBefore(from)) {
			throw new InvalidInputException(
					List.of(new FieldProblem("to", "before-from", "reports.error.before-from")));
		}
		user.requireUnit(unit, "unit", unit);
		this.territory.findUnit(unit).orElseThrow(() -> NotFoundException.of("unit", unit));
		return this.queries.figures(unit, this.territory.subtreeIds(unit), from, to);
	}

}

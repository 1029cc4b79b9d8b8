package vn.lachan.reports.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.lachan.reports.StreetsFigures;
import vn.lachan.reports.internal.StreetsFigureQueries;
import vn.lachan.shared.security.CurrentUser;

/**
 * Urban-order figures of a unit and everything below it: violations by type, step, unit
 * and month; fines decided and paid.
 */
@RestController
class StreetsStatisticsApiController {

	private final StreetsFigureQueries queries;

	private final StatisticsScope scope;

	StreetsStatisticsApiController(StreetsFigureQueries queries, StatisticsScope scope) {
		this.queries = queries;
		this.scope = scope;
	}

	@GetMapping("/api/v1/statistics/streets")
	StreetsFigures statistics(CurrentUser user, @RequestParam long unit,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		StatisticsScope.requirePeriod(from, to);
		return this.queries.figures(unit, this.scope.subtree(user, unit), from, to);
	}

}

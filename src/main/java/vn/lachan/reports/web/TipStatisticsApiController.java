package vn.lachan.reports.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.lachan.reports.TipStatistics;
import vn.lachan.reports.internal.TipFigureQueries;
import vn.lachan.shared.security.CurrentUser;

/**
 * Tip figures of a unit and everything below it, from the reports module's tables.
 */
@RestController
class TipStatisticsApiController {

	private final TipFigureQueries queries;

	private final StatisticsScope scope;

	TipStatisticsApiController(TipFigureQueries queries, StatisticsScope scope) {
		this.queries = queries;
		this.scope = scope;
	}

	@GetMapping("/api/v1/tips/statistics")
	TipStatistics statistics(CurrentUser user, @RequestParam long unit,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		StatisticsScope.requirePeriod(from, to);
		return this.queries.statistics(unit, this.scope.subtree(user, unit), from, to);
	}

}

package vn.lachan.reports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.lachan.reports.ProgramsFigures;
import vn.lachan.reports.internal.ProgramsFigureQueries;
import vn.lachan.shared.security.CurrentUser;

/**
 * The programs' figures over the API, from the reports module's own tables.
 */
@RestController
@Tag(name = "Programs statistics",
		description = "Plans' progress, models and where they run, key areas by status, model wards")
class ProgramsStatisticsApiController {

	private final ProgramsFigureQueries queries;

	ProgramsStatisticsApiController(ProgramsFigureQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/api/v1/statistics/programs")
	@Operation(summary = "The programs' figures within the caller's scope")
	ProgramsFigures programs(CurrentUser user) {
		return this.queries.figures(user.unrestricted() ? null : user.unitIds());
	}

}

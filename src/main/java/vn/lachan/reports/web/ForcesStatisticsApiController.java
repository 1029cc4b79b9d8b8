package vn.lachan.reports.web;

import java.time.Clock;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.lachan.reports.ActivityFigures;
import vn.lachan.reports.ForcesFigures;
import vn.lachan.reports.internal.ForcesFigureQueries;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.time.VietnamTime;

/**
 * The forces' figures over the API, from the reports module's own tables.
 */
@RestController
@Tag(name = "Forces statistics", description = "Teams, members and activities by kind, unit and date")
class ForcesStatisticsApiController {

	private final ForcesFigureQueries queries;

	private final StatisticsScope scope;

	private final Clock clock;

	ForcesStatisticsApiController(ForcesFigureQueries queries, StatisticsScope scope, Clock clock) {
		this.queries = queries;
		this.scope = scope;
		this.clock = clock;
	}

	@GetMapping("/api/v1/teams/statistics")
	@Operation(summary = "Teams and members by kind, active on a date",
			description = "Counts the unit and every unit below it; a person in several teams of a kind counts once.")
	ForcesFigures teams(CurrentUser user, @Parameter(description = "the unit, e.g. the city") @RequestParam long unit,
			@Parameter(description = "the date, YYYY-MM-DD; today by default") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
		return this.queries.figures(unit, this.scope.subtree(user, unit),
				(on != null) ? on : LocalDate.now(this.clock));
	}

	@GetMapping("/api/v1/activities/statistics")
	@Operation(summary = "Activities by kind and month of a year")
	ActivityFigures activities(CurrentUser user, @RequestParam long unit,
			@Parameter(description = "the year; this year by default") @RequestParam(required = false) Integer year) {
		int asked = (year != null) ? year : LocalDate.now(this.clock.withZone(VietnamTime.ZONE)).getYear();
		return this.queries.activities(unit, this.scope.subtree(user, unit), asked);
	}

}

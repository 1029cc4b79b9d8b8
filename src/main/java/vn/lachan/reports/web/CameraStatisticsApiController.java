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

import vn.lachan.reports.CameraFigures;
import vn.lachan.reports.internal.CameraFigureQueries;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.time.VietnamTime;

/**
 * The cameras' figures over the API, from the reports module's own tables.
 */
@RestController
@Tag(name = "Camera statistics", description = "Cameras by ownership and status; footage requests")
class CameraStatisticsApiController {

	private final CameraFigureQueries queries;

	private final StatisticsScope scope;

	private final Clock clock;

	CameraStatisticsApiController(CameraFigureQueries queries, StatisticsScope scope, Clock clock) {
		this.queries = queries;
		this.scope = scope;
		this.clock = clock;
	}

	@GetMapping("/api/v1/statistics/cameras")
	@Operation(summary = "Cameras by ownership and status on a date, and footage requests up to it",
			description = "Counts the unit and every unit below it: cameras confirmed by the ward, installed by "
					+ "the date and not removed before it.")
	CameraFigures cameras(CurrentUser user, @Parameter(description = "the unit, e.g. a ward") @RequestParam long unit,
			@Parameter(description = "the date, YYYY-MM-DD; today by default") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
		return this.queries.figures(unit, this.scope.subtree(user, unit),
				(on != null) ? on : LocalDate.now(this.clock.withZone(VietnamTime.ZONE)));
	}

}

package vn.lachan.forces.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.lachan.forces.internal.Activity;
import vn.lachan.forces.internal.FieldWork;
import vn.lachan.forces.internal.LoggedActivity;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.security.CurrentUser;

/**
 * The teams' field work over the API.
 */
@RestController
@Tag(name = "Activities", description = "Patrols, awareness sessions, household visits and other field work")
class ActivityApiController {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private final FieldWork fieldWork;

	ActivityApiController(FieldWork fieldWork) {
		this.fieldWork = fieldWork;
	}

	@GetMapping("/api/v1/activities")
	@Operation(summary = "Activities of a team, or of every team the caller sees, newest first")
	PageResult<Activity> activities(CurrentUser user, @RequestParam(required = false) Long team,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.fieldWork.activities(user, team, PageQuery.of(page, size));
	}

	@ApiResponse(responseCode = "201", description = "Created")
	@PostMapping("/api/v1/activities")
	@Operation(summary = "Log an activity",
			description = "Send an Idempotency-Key header: a retry with the same key is stored once and answers 200 "
					+ "with the activity already stored (header Idempotent-Replayed: true); the first answers 201.")
	ResponseEntity<Activity> log(CurrentUser user,
			@Parameter(description = "a key unique to this submission, e.g. a UUID") @RequestHeader(
					name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
			@Valid @RequestBody ActivityRequest request) {
		LoggedActivity logged = this.fieldWork.log(user, request.details(idempotencyKey));
		if (logged.replayed()) {
			return ResponseEntity.ok().header("Idempotent-Replayed", "true").body(logged.activity());
		}
		return ResponseEntity.created(URI.create("/api/v1/activities/" + logged.activity().id()))
			.body(logged.activity());
	}

}

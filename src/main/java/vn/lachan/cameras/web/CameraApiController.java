package vn.lachan.cameras.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.lachan.cameras.CameraStatus;
import vn.lachan.cameras.CameraSummary;
import vn.lachan.cameras.Ownership;
import vn.lachan.cameras.internal.CameraManagement;
import vn.lachan.cameras.internal.CameraQueries;
import vn.lachan.cameras.internal.Coverage;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.InvalidInputException.FieldProblem;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.security.CurrentUser;

/**
 * The camera registry over the API, within the caller's ward.
 */
@RestController
@Tag(name = "Cameras", description = "Public and private cameras, their owners' consent and their coverage")
class CameraApiController {

	private final CameraManagement management;

	private final CameraQueries queries;

	CameraApiController(CameraManagement management, CameraQueries queries) {
		this.management = management;
		this.queries = queries;
	}

	@GetMapping("/api/v1/cameras")
	@Operation(summary = "Cameras of a ward, searched and paged")
	PageResult<CameraSummary> list(CurrentUser user, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) String q, @RequestParam(required = false) Ownership ownership,
			@RequestParam(required = false) CameraStatus status, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.queries.search(user, unit(user, unit), q, ownership, status, PageQuery.of(page, size));
	}

	@PostMapping("/api/v1/cameras")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Enters a camera (staff); a private camera names its owner, stored encrypted")
	CameraSummary create(CurrentUser user, @RequestBody CameraRequest request) {
		return this.management.register(user, unit(user, request.unitId()), request.camera(), request.owner());
	}

	@GetMapping("/api/v1/cameras/{id}")
	@Operation(summary = "A camera, without owner data")
	CameraSummary get(CurrentUser user, @PathVariable long id) {
		return this.queries.camera(user, id);
	}

	@PutMapping("/api/v1/cameras/{id}")
	@Operation(summary = "Changes a camera")
	CameraSummary change(CurrentUser user, @PathVariable long id, @RequestBody CameraRequest request) {
		return this.management.change(user, id, request.camera());
	}

	@PostMapping("/api/v1/cameras/{id}/confirmation")
	@Operation(summary = "The ward confirms an owner's registration")
	CameraSummary confirm(CurrentUser user, @PathVariable long id) {
		return this.management.confirm(user, id);
	}

	@PostMapping("/api/v1/cameras/{id}/consent-withdrawal")
	@Operation(summary = "Records that the owner withdrew consent; takes effect at once")
	CameraSummary withdraw(CurrentUser user, @PathVariable long id) {
		return this.management.withdrawConsent(user, id);
	}

	@PostMapping("/api/v1/cameras/{id}/checks")
	@Operation(summary = "Records a check: the status found and the day")
	CameraSummary check(CurrentUser user, @PathVariable long id, @RequestBody Map<String, String> body) {
		CameraStatus status;
		LocalDate on;
		try {
			status = CameraStatus.valueOf(body.getOrDefault("status", ""));
			on = LocalDate.parse(body.getOrDefault("on", ""));
		}
		catch (RuntimeException ex) {
			throw new InvalidInputException(List.of(new FieldProblem("status", "Invalid", "cameras.error.check")));
		}
		return this.management.check(user, id, status, on);
	}

	@GetMapping("/api/v1/cameras/coverage")
	@Operation(summary = "Places and recent tips of a ward with the cameras that see them; gaps")
	Map<String, Object> coverage(CurrentUser user, @RequestParam(required = false) Long unit) {
		Coverage coverage = this.queries.coverage(user, unit(user, unit));
		return Map.of("unitId", coverage.unitId(), "places", coverage.places(), "recentTips", coverage.recentTips(),
				"gaps", coverage.gaps());
	}

	static long unit(CurrentUser user, Long unit) {
		Long chosen = (unit != null) ? unit : user.unitId();
		if (chosen == null) {
			throw new InvalidInputException(List.of(new FieldProblem("unit", "NotNull", "cameras.error.unit")));
		}
		user.requireUnit(chosen, "unit", chosen);
		return chosen;
	}

}

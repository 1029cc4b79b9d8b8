package vn.lachan.programs.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.lachan.programs.internal.EnteredIndicator;
import vn.lachan.programs.internal.KeyArea;
import vn.lachan.programs.internal.KeyAreaInput;
import vn.lachan.programs.internal.KeyAreaManagement;
import vn.lachan.programs.internal.RiskIndicators;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.time.VietnamTime;
import vn.lachan.territory.TerritoryCatalog;

/**
 * Key areas over the API: designation, transformation, evaluation, relapse checks and
 * their risk indicators.
 */
@RestController
@Tag(name = "Key areas", description = "Địa bàn trọng điểm, phức tạp về TTATXH and their transformation")
class KeyAreaApiController {

	private final KeyAreaManagement keyAreas;

	private final TerritoryCatalog territory;

	private final Clock clock;

	KeyAreaApiController(KeyAreaManagement keyAreas, TerritoryCatalog territory, Clock clock) {
		this.keyAreas = keyAreas;
		this.territory = territory;
		this.clock = clock;
	}

	/** A key area with its unit's name. */
	record KeyAreaResponse(KeyArea keyArea, String unit) {
	}

	/** The plan of measures that starts the transformation. */
	record MeasuresRequest(String measures) {
	}

	/** The evaluation decision. */
	record EvaluationRequest(boolean transformed, String number, LocalDate decidedOn, String note) {
	}

	/** A relapse check. */
	record RelapseRequest(LocalDate checkedOn, boolean relapsed, String note) {
	}

	@GetMapping("/api/v1/key-areas")
	@Operation(summary = "Key areas within the caller's scope")
	PageResult<KeyAreaResponse> keyAreas(CurrentUser user,
			@Parameter(description = "the page, from 0") @RequestParam(required = false) Integer page,
			@Parameter(description = "the page's size: 20 by default, at most 200") @RequestParam(
					required = false) Integer size) {
		return this.keyAreas.keyAreas(user, PageQuery.of(page, size)).map(this::response);

	}

	@GetMapping("/api/v1/key-areas/{id}")
	@Operation(summary = "A key area")
	KeyAreaResponse keyArea(CurrentUser user, @PathVariable long id) {
		return response(this.keyAreas.keyArea(user, id));
	}

	@PostMapping("/api/v1/key-areas")
	@Operation(summary = "Designate a key area by decision, optionally with a GeoJSON sub-area (committee)")
	@ApiResponse(responseCode = "201", description = "Created")
	ResponseEntity<KeyAreaResponse> designate(CurrentUser user, @RequestBody KeyAreaInput input) {
		KeyArea area = this.keyAreas.designate(user, input);
		return ResponseEntity.created(URI.create("/api/v1/key-areas/" + area.id())).body(response(area));
	}

	@PostMapping("/api/v1/key-areas/{id}/transforming")
	@Operation(summary = "Start the transformation with its plan of measures")
	KeyAreaResponse transforming(CurrentUser user, @PathVariable long id, @RequestBody MeasuresRequest request) {
		return response(this.keyAreas.startTransforming(user, id, request.measures()));
	}

	@PostMapping("/api/v1/key-areas/{id}/evaluation")
	@Operation(summary = "The evaluation decision: transformed or not")
	KeyAreaResponse evaluate(CurrentUser user, @PathVariable long id, @RequestBody EvaluationRequest request) {
		return response(this.keyAreas.evaluate(user, id, request.transformed(), request.number(), request.decidedOn(),
				request.note()));
	}

	@PostMapping("/api/v1/key-areas/{id}/relapse-checks")
	@Operation(summary = "A relapse check after transformation")
	KeyAreaResponse relapse(CurrentUser user, @PathVariable long id, @RequestBody RelapseRequest request) {
		return response(this.keyAreas.checkRelapse(user, id, request.checkedOn(), request.relapsed(), request.note()));
	}

	@PostMapping("/api/v1/key-areas/{id}/indicators")
	@Operation(summary = "Enter a risk indicator by hand")
	ResponseEntity<Void> indicator(CurrentUser user, @PathVariable long id, @RequestBody EnteredIndicator indicator) {
		this.keyAreas.addIndicator(user, id, indicator);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/key-areas/{id}/indicators")
	@Operation(summary = "Risk indicators: tips by category inside the area before the designation and up to asOf")
	RiskIndicators indicators(CurrentUser user, @PathVariable long id, @RequestParam(required = false) LocalDate asOf) {
		return this.keyAreas.indicators(user, id,
				(asOf != null) ? asOf : LocalDate.now(this.clock.withZone(VietnamTime.ZONE)));
	}

	private KeyAreaResponse response(KeyArea area) {
		return new KeyAreaResponse(area,
				this.territory.findUnit(area.unitId()).map((unit) -> unit.name()).orElse(null));
	}

}

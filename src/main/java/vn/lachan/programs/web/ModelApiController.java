package vn.lachan.programs.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.lachan.programs.internal.Deployment;
import vn.lachan.programs.internal.DeploymentInput;
import vn.lachan.programs.internal.DeploymentStatus;
import vn.lachan.programs.internal.ModelManagement;
import vn.lachan.programs.internal.MovementModel;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.territory.TerritoryCatalog;

/**
 * Movement models and where they run.
 */
@RestController
@Tag(name = "Movement models", description = "Models as data, their checklists and deployments")
class ModelApiController {

	private final ModelManagement models;

	private final TerritoryCatalog territory;

	ModelApiController(ModelManagement models, TerritoryCatalog territory) {
		this.models = models;
		this.territory = territory;
	}

	/** A model as submitted. */
	record ModelRequest(String code, String name, String purpose, List<String> checklist) {
	}

	/** A model's new checklist. */
	record ChecklistRequest(List<String> checklist) {
	}

	/** A deployment's new status and evaluation. */
	record StatusRequest(DeploymentStatus status, String evaluation) {
	}

	/** Where a model runs: unit name and place id. */
	record DeploymentResponse(Deployment deployment, String model, String unit) {
	}

	@GetMapping("/api/v1/models")
	@Operation(summary = "The movement models")
	PageResult<MovementModel> models(
			@Parameter(description = "the page, from 0") @RequestParam(required = false) Integer page,
			@Parameter(description = "the page's size: 20 by default, at most 200") @RequestParam(
					required = false) Integer size) {
		// a short reference list: paged in memory
		return PageResult.slice(this.models.models(), PageQuery.of(page, size));
	}

	@PostMapping("/api/v1/models")
	@Operation(summary = "Define a model (committee)")
	@ApiResponse(responseCode = "201", description = "Created")
	ResponseEntity<MovementModel> define(CurrentUser user, @RequestBody ModelRequest request) {
		MovementModel model = this.models.define(user, request.code(), request.name(), request.purpose(),
				request.checklist());
		return ResponseEntity.created(URI.create("/api/v1/models/" + model.id())).body(model);
	}

	@PutMapping("/api/v1/models/{id}/checklist")
	@Operation(summary = "Replace a model's checklist (committee)")
	MovementModel checklist(CurrentUser user, @PathVariable long id, @RequestBody ChecklistRequest request) {
		return this.models.editChecklist(user, id, request.checklist());
	}

	@GetMapping("/api/v1/deployments")
	@Operation(summary = "Where the models run, within the caller's scope")
	PageResult<DeploymentResponse> deployments(CurrentUser user,
			@Parameter(description = "the page, from 0") @RequestParam(required = false) Integer page,
			@Parameter(description = "the page's size: 20 by default, at most 200") @RequestParam(
					required = false) Integer size) {
		return this.models.deployments(user, PageQuery.of(page, size)).map(this::response);

	}

	@PostMapping("/api/v1/deployments")
	@Operation(summary = "Deploy a model in a unit or at a place")
	@ApiResponse(responseCode = "201", description = "Created")
	ResponseEntity<DeploymentResponse> deploy(CurrentUser user, @RequestBody DeploymentInput input) {
		Deployment deployment = this.models.deploy(user, input);
		return ResponseEntity.created(URI.create("/api/v1/deployments/" + deployment.id())).body(response(deployment));
	}

	@GetMapping("/api/v1/deployments/{id}")
	@Operation(summary = "A deployment")
	DeploymentResponse deployment(CurrentUser user, @PathVariable long id) {
		return response(this.models.deployment(user, id));
	}

	@PutMapping("/api/v1/deployments/{id}/status")
	@Operation(summary = "Change a deployment's status and evaluation")
	DeploymentResponse status(CurrentUser user, @PathVariable long id, @RequestBody StatusRequest request) {
		return response(this.models.changeStatus(user, id, request.status(), request.evaluation()));
	}

	private DeploymentResponse response(Deployment deployment) {
		return new DeploymentResponse(deployment, this.models.model(deployment.modelId()).name(),
				this.territory.findUnit(deployment.unitId()).map((unit) -> unit.name()).orElse(null));
	}

}

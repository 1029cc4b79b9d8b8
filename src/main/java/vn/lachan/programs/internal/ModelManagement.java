package vn.lachan.programs.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.forces.ForcesCatalog;
import vn.lachan.programs.DeploymentChanged;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.InvalidInputException.FieldProblem;
import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.territory.PlaceSummary;
import vn.lachan.territory.TerritoryCatalog;

/**
 * Movement models as data and their deployments in wards, communes and places.
 */
@Service
@Transactional
public class ModelManagement {

	private final ModelQueries queries;

	private final PlanQueries plans;

	private final TerritoryCatalog territory;

	private final ForcesCatalog forces;

	private final ApplicationEventPublisher events;

	ModelManagement(ModelQueries queries, PlanQueries plans, TerritoryCatalog territory, ForcesCatalog forces,
			ApplicationEventPublisher events) {
		this.queries = queries;
		this.plans = plans;
		this.territory = territory;
		this.forces = forces;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<MovementModel> models() {
		return this.queries.models();
	}

	@Transactional(readOnly = true)
	public MovementModel model(long id) {
		return this.queries.model(id).orElseThrow(() -> NotFoundException.of("model", id));
	}

	public MovementModel define(CurrentUser user, String code, String name, String purpose, List<String> checklist) {
		ProgramRoles.requireCommittee(user);
		List<FieldProblem> problems = new ArrayList<>();
		if (code == null || code.isBlank()) {
			problems.add(new FieldProblem("code", "NotBlank", "programs.error.required"));
		}
		else if (this.queries.model(code.strip()).isPresent()) {
			problems.add(new FieldProblem("code", "duplicate", "programs.error.model-code-taken"));
		}
		if (name == null || name.isBlank()) {
			problems.add(new FieldProblem("name", "NotBlank", "programs.error.required"));
		}
		if (purpose == null || purpose.isBlank()) {
			problems.add(new FieldProblem("purpose", "NotBlank", "programs.error.required"));
		}
		checkChecklist(checklist, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return model(this.queries.insertModel(code.strip(), name.strip(), purpose.strip(), checklist));
	}

	/** Replaces a model's checklist. */
	public MovementModel editChecklist(CurrentUser user, long modelId, List<String> checklist) {
		ProgramRoles.requireCommittee(user);
		model(modelId);
		List<FieldProblem> problems = new ArrayList<>();
		checkChecklist(checklist, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		this.queries.replaceChecklist(modelId, checklist);
		return model(modelId);
	}

	private static void checkChecklist(List<String> checklist, List<FieldProblem> problems) {
		if (checklist == null) {
			problems.add(new FieldProblem("checklist", "NotNull", "programs.error.required"));
			return;
		}
		for (int i = 0; i < checklist.size(); i++) {
			if (checklist.get(i) == null || checklist.get(i).isBlank()) {
				problems.add(new FieldProblem("checklist[" + i + "]", "NotBlank", "programs.error.required"));
			}
		}
	}

	/**
	 * Deploys a model in a unit or at a place (the place's unit then); the team and plan
	 * named must exist, and the unit be within the caller's scope.
	 */
	public Deployment deploy(CurrentUser user, DeploymentInput input) {
		model(input.modelId());
		List<FieldProblem> problems = new ArrayList<>();
		Long unitId = input.unitId();
		if (input.placeId() != null) {
			PlaceSummary place = this.territory.findPlace(input.placeId()).orElse(null);
			if (place == null || (unitId != null && place.unitId() != unitId)) {
				problems.add(new FieldProblem("placeId", "unknownPlace", "programs.error.unknown-place"));
			}
			else {
				unitId = place.unitId();
			}
		}
		if (unitId == null) {
			problems.add(new FieldProblem("unitId", "NotNull", "programs.error.required"));
		}
		else if (this.territory.findUnit(unitId).isEmpty()) {
			problems.add(new FieldProblem("unitId", "unknownUnit", "programs.error.unknown-unit"));
		}
		if (input.startedOn() == null) {
			problems.add(new FieldProblem("startedOn", "NotNull", "programs.error.required"));
		}
		if (input.status() == null) {
			problems.add(new FieldProblem("status", "NotNull", "programs.error.required"));
		}
		Long teamUnit = unitId;
		if (input.teamId() != null && this.forces.findTeam(input.teamId())
			.filter((team) -> teamUnit == null || team.unitId() == teamUnit)
			.isEmpty()) {
			problems.add(new FieldProblem("teamId", "unknownTeam", "programs.error.unknown-team"));
		}
		if (input.planId() != null && this.plans.plan(input.planId()).isEmpty()) {
			problems.add(new FieldProblem("planId", "unknownPlan", "programs.error.unknown-plan"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		user.requireUnit(unitId, "unit", unitId);
		long id = this.queries.insertDeployment(input, unitId);
		if (input.planId() != null) {
			this.plans.insertLink(input.planId(), "programs", "deployment", id);
		}
		return published(id);
	}

	public Deployment changeStatus(CurrentUser user, long id, DeploymentStatus status, String evaluation) {
		Deployment deployment = deployment(user, id);
		if (status == null) {
			throw new InvalidInputException(List.of(new FieldProblem("status", "NotNull", "programs.error.required")));
		}
		this.queries.updateStatus(deployment.id(), status, evaluation);
		return published(id);
	}

	@Transactional(readOnly = true)
	public Deployment deployment(CurrentUser user, long id) {
		Deployment deployment = this.queries.deployment(id).orElseThrow(() -> NotFoundException.of("deployment", id));
		user.requireUnit(deployment.unitId(), "deployment", id);
		return deployment;
	}

	@Transactional(readOnly = true)
	public List<Deployment> deployments(CurrentUser user) {
		return this.queries.deployments(user.unrestricted() ? null : List.copyOf(user.unitIds()));
	}

	@Transactional(readOnly = true)
	public PageResult<Deployment> deployments(CurrentUser user, PageQuery page) {
		return this.queries.deployments(user.unrestricted() ? null : List.copyOf(user.unitIds()), page);
	}

	private Deployment published(long id) {
		Deployment deployment = this.queries.deployment(id).orElseThrow();
		MovementModel model = this.queries.model(deployment.modelId()).orElseThrow();
		this.events.publishEvent(new DeploymentChanged(id, model.code(), model.name(), deployment.unitId(),
				deployment.placeId(), deployment.startedOn(), deployment.status().name(), this.queries.bump(id)));
		return deployment;
	}

}

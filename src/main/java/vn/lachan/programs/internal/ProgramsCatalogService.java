package vn.lachan.programs.internal;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.programs.DeploymentChanged;
import vn.lachan.programs.PlanLink;
import vn.lachan.programs.ProgramsCatalog;

/**
 * The programs' answers to other modules.
 */
@Service
@Transactional(readOnly = true)
class ProgramsCatalogService implements ProgramsCatalog {

	private final PlanQueries plans;

	private final ModelQueries models;

	ProgramsCatalogService(PlanQueries plans, ModelQueries models) {
		this.plans = plans;
		this.models = models;
	}

	@Override
	public List<PlanLink> plansOrdering(String module, String recordType, long recordId) {
		return this.plans.linksTo(module, recordType, recordId);
	}

	@Override
	public List<DeploymentChanged> deploymentsIn(long unitId) {
		return this.models.deployments(List.of(unitId)).stream().map((deployment) -> {
			MovementModel model = this.models.model(deployment.modelId()).orElseThrow();
			return new DeploymentChanged(deployment.id(), model.code(), model.name(), deployment.unitId(),
					deployment.placeId(), deployment.startedOn(), deployment.status().name(), 0);
		}).toList();
	}

}

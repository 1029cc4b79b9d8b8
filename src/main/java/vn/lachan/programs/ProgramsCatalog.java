package vn.lachan.programs;

import java.util.List;

/**
 * What other modules may ask of the programs. It applies no scope: callers hold the
 * {@code CurrentUser} and check it.
 */
public interface ProgramsCatalog {

	/** The plans that ordered this record of another module (or of this one). */
	List<PlanLink> plansOrdering(String module, String recordType, long recordId);

	/** Deployments of movement models in this unit, by model. */
	List<DeploymentChanged> deploymentsIn(long unitId);

}

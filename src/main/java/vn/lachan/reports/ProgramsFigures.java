package vn.lachan.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The programs' figures: plans and their progress, models and where they run, key areas
 * by status (and the transformed ones), model wards recognised.
 */
public record ProgramsFigures(List<PlanProgress> plans, List<ModelReach> models, Map<String, Long> keyAreasByStatus,
		List<String> transformedAreas, List<ModelWard> modelWards) {

	/** A plan and its progress. */
	public record PlanProgress(long planId, String number, String title, LocalDate issuedOn, int tasks, int tasksDone,
			int progress) {
	}

	/** A model and the units it runs in (operating deployments). */
	public record ModelReach(String modelCode, String modelName, int deployments, List<String> units) {
	}

	/** A ward recognised against a criteria set, with the decision. */
	public record ModelWard(String unit, String setName, int period, int score, String recognitionNumber,
			LocalDate recognisedOn) {
	}

}

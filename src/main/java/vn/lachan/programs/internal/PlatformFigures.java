package vn.lachan.programs.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.lachan.forces.ForcesCatalog;
import vn.lachan.shared.time.VietnamTime;
import vn.lachan.tips.TipOverview;
import vn.lachan.tips.TipsCatalog;

/**
 * The platform figures a criterion's formula may name, for a ward and a period (a year):
 * tips received with a location and the share of them closed (resolved, found unfounded
 * or transferred), teams active at the period's end, movement models operating at the
 * period's end.
 */
@Component
public class PlatformFigures {

	public static final String TIPS_RECEIVED = "tips-received";

	public static final String TIPS_CLOSED_SHARE = "tips-closed-share";

	public static final String TEAMS_ACTIVE = "teams-active";

	public static final String MODELS_OPERATING = "models-operating";

	public static final Set<String> CODES = Set.of(TIPS_RECEIVED, TIPS_CLOSED_SHARE, TEAMS_ACTIVE, MODELS_OPERATING);

	private final TipsCatalog tips;

	private final ForcesCatalog forces;

	private final ModelQueries models;

	PlatformFigures(TipsCatalog tips, ForcesCatalog forces, ModelQueries models) {
		this.tips = tips;
		this.forces = forces;
		this.models = models;
	}

	/** Every figure of the catalogue for the ward and year. */
	Map<String, BigDecimal> figures(long unitId, int year) {
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		Instant from = first.atStartOfDay(VietnamTime.ZONE).toInstant();
		Instant to = last.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant();
		List<TipOverview> received = this.tips.locatedTips(unitId, from, to);
		long closed = received.stream().filter((tip) -> !tip.status().isOpen()).count();
		Map<String, BigDecimal> figures = new LinkedHashMap<>();
		figures.put(TIPS_RECEIVED, BigDecimal.valueOf(received.size()));
		figures.put(TIPS_CLOSED_SHARE, received.isEmpty() ? null : BigDecimal.valueOf(100 * closed)
			.divide(BigDecimal.valueOf(received.size()), 2, RoundingMode.HALF_UP));
		figures.put(TEAMS_ACTIVE,
				BigDecimal.valueOf(this.forces.teamsOf(unitId).stream().filter((team) -> team.activeOn(last)).count()));
		figures.put(MODELS_OPERATING, BigDecimal.valueOf(this.models.operatingIn(unitId, last)));
		return figures;
	}

}

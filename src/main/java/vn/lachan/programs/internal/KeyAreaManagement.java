package vn.lachan.programs.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.programs.KeyAreaChanged;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.InvalidInputException.FieldProblem;
import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.time.VietnamTime;
import vn.lachan.territory.AdminUnitKind;
import vn.lachan.territory.AdminUnitSummary;
import vn.lachan.territory.PlaceSummary;
import vn.lachan.territory.TerritoryCatalog;
import vn.lachan.tips.TipOverview;
import vn.lachan.tips.TipsCatalog;

/**
 * Key areas: designation by decision, the optional sub-area, indicators computed from the
 * platform's records inside it, transformation, evaluation and relapse monitoring.
 */
@Service
@Transactional
public class KeyAreaManagement {

	/** Kinds of key area (QĐ 1960/QĐ-BCA): social order, drugs, and the like. */
	public static final Set<String> KINDS = Set.of("social-order", "drugs", "gambling", "prostitution", "other");

	/**
	 * Territory has no unit boundaries: a unit's extent is the convex hull of its places
	 * with coordinates, widened by this many degrees (about 1.1 km).
	 */
	static final double EXTENT_MARGIN_DEGREES = 0.01;

	private final KeyAreaQueries queries;

	private final PlanQueries plans;

	private final TerritoryCatalog territory;

	private final TipsCatalog tips;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	KeyAreaManagement(KeyAreaQueries queries, PlanQueries plans, TerritoryCatalog territory, TipsCatalog tips,
			ApplicationEventPublisher events, Clock clock) {
		this.queries = queries;
		this.plans = plans;
		this.territory = territory;
		this.tips = tips;
		this.events = events;
		this.clock = clock;
	}

	public KeyArea designate(CurrentUser user, KeyAreaInput input) {
		ProgramRoles.requireCommittee(user);
		List<FieldProblem> problems = new ArrayList<>();
		AdminUnitSummary unit = (input.unitId() == null) ? null : this.territory.findUnit(input.unitId()).orElse(null);
		if (unit == null || (unit.kind() != AdminUnitKind.WARD && unit.kind() != AdminUnitKind.COMMUNE
				&& unit.kind() != AdminUnitKind.TOWNSHIP)) {
			problems.add(new FieldProblem("unitId", "notCommuneLevel", "programs.error.unit-commune-level"));
		}
		if (input.kind() == null || !KINDS.contains(input.kind())) {
			problems.add(new FieldProblem("kind", "unknownKind", "programs.error.key-area-kind"));
		}
		if (input.decisionNumber() == null || input.decisionNumber().isBlank()) {
			problems.add(new FieldProblem("decisionNumber", "NotBlank", "programs.error.required"));
		}
		if (input.issuer() == null || input.issuer().isBlank()) {
			problems.add(new FieldProblem("issuer", "NotBlank", "programs.error.required"));
		}
		if (input.decidedOn() == null) {
			problems.add(new FieldProblem("decidedOn", "NotNull", "programs.error.required"));
		}
		if (input.year() == null || input.year() < 2000 || input.year() > 2100) {
			problems.add(new FieldProblem("year", "Range", "programs.error.year"));
		}
		if (input.planId() != null && this.plans.plan(input.planId()).isEmpty()) {
			problems.add(new FieldProblem("planId", "unknownPlan", "programs.error.unknown-plan"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		user.requireUnit(unit.id(), "unit", unit.id());
		if (input.polygon() != null && !input.polygon().isBlank()) {
			AreaGeometry.requireInside(AreaGeometry.read(input.polygon()), extent(unit.id()));
		}
		long id = this.queries.insert(input);
		if (input.planId() != null) {
			this.plans.insertLink(input.planId(), "programs", "key-area", id);
		}
		return published(id);
	}

	public KeyArea startTransforming(CurrentUser user, long id, String measures) {
		ProgramRoles.requireCommittee(user);
		return saved(keyArea(user, id).startTransforming(measures));
	}

	public KeyArea evaluate(CurrentUser user, long id, boolean transformed, String number, LocalDate on, String note) {
		ProgramRoles.requireCommittee(user);
		return saved(keyArea(user, id).evaluate(transformed, number, on, note));
	}

	public KeyArea checkRelapse(CurrentUser user, long id, LocalDate on, boolean relapsed, String note) {
		ProgramRoles.requireCommittee(user);
		return saved(keyArea(user, id).checkRelapse(on, relapsed, note));
	}

	public void addIndicator(CurrentUser user, long id, EnteredIndicator indicator) {
		keyArea(user, id);
		List<FieldProblem> problems = new ArrayList<>();
		if (indicator.name() == null || indicator.name().isBlank()) {
			problems.add(new FieldProblem("name", "NotBlank", "programs.error.required"));
		}
		if (indicator.baseline() == null) {
			problems.add(new FieldProblem("baseline", "NotNull", "programs.error.required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		this.queries.addIndicator(id, indicator);
	}

	@Transactional(readOnly = true)
	public KeyArea keyArea(CurrentUser user, long id) {
		KeyArea area = this.queries.find(id).orElseThrow(() -> NotFoundException.of("key-area", id));
		user.requireUnit(area.unitId(), "key-area", id);
		return area;
	}

	@Transactional(readOnly = true)
	public List<KeyArea> keyAreas(CurrentUser user) {
		return this.queries.all().stream().filter((area) -> user.canSeeUnit(area.unitId())).toList();
	}

	@Transactional(readOnly = true)
	public PageResult<KeyArea> keyAreas(CurrentUser user, PageQuery page) {
		return this.queries.page(user.unrestricted() ? null : List.copyOf(user.unitIds()), page);
	}

	/**
	 * Tips by category inside the area (its polygon, or the whole unit) in the year
	 * before the designation and in the year up to {@code asOf}, and the entered
	 * indicators.
	 */
	@Transactional(readOnly = true)
	public RiskIndicators indicators(CurrentUser user, long id, LocalDate asOf) {
		KeyArea area = keyArea(user, id);
		Polygon polygon = (area.polygon() == null) ? null : AreaGeometry.read(area.polygon());
		LocalDate baselineFrom = area.decidedOn().minusYears(1);
		LocalDate currentTo = asOf.plusDays(1);
		LocalDate currentFrom = asOf.minusYears(1).isAfter(area.decidedOn()) ? asOf.minusYears(1) : area.decidedOn();
		return new RiskIndicators(id, baselineFrom, area.decidedOn(), currentFrom, currentTo,
				tipsInside(area.unitId(), polygon, baselineFrom, area.decidedOn()),
				tipsInside(area.unitId(), polygon, currentFrom, currentTo), this.queries.indicators(id));
	}

	private Map<String, Long> tipsInside(long unitId, Polygon polygon, LocalDate from, LocalDate to) {
		Map<String, Long> counts = new TreeMap<>();
		for (TipOverview tip : this.tips.locatedTips(unitId, start(from), start(to))) {
			if (polygon == null || polygon.covers(AreaGeometry.point(tip.longitude(), tip.latitude()))) {
				counts.merge(tip.categoryCode(), 1L, Long::sum);
			}
		}
		return counts;
	}

	private static Instant start(LocalDate date) {
		return date.atStartOfDay(VietnamTime.ZONE).toInstant();
	}

	/**
	 * The unit's known extent, or {@code null} when none of its places has coordinates.
	 */
	Geometry extent(long unitId) {
		List<Coordinate> points = new ArrayList<>();
		for (PlaceSummary place : this.territory.placesOnMap(Set.of(unitId), 10_000)) {
			if (place.latitude() != null && place.longitude() != null) {
				points.add(new Coordinate(place.longitude().doubleValue(), place.latitude().doubleValue()));
			}
		}
		if (points.isEmpty()) {
			return null;
		}
		return AreaGeometry.FACTORY.createMultiPointFromCoords(points.toArray(Coordinate[]::new))
			.convexHull()
			.buffer(EXTENT_MARGIN_DEGREES);
	}

	private KeyArea saved(KeyArea area) {
		this.queries.update(area);
		return published(area.id());
	}

	private KeyArea published(long id) {
		KeyArea area = this.queries.find(id).orElseThrow();
		this.events.publishEvent(new KeyAreaChanged(id, area.unitId(), area.kind(), area.year(), area.status().name(),
				area.evaluatedOn(), this.queries.bump(id)));
		return area;
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(VietnamTime.ZONE));
	}

}

package vn.lachan.territory.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.text.VietnameseText;
import vn.lachan.territory.AdminLevel;
import vn.lachan.territory.AdminUnitSummary;
import vn.lachan.territory.PlaceQuery;
import vn.lachan.territory.PlaceSummary;
import vn.lachan.territory.ResidentialGroupSummary;
import vn.lachan.territory.TerritoryCatalog;
import vn.lachan.territory.UnitQuery;
import vn.lachan.territory.internal.TerritoryManagement;

/**
 * The territory pages: the unit tree on a date, a unit's page with its residential groups
 * and places, and the map of places. Everything outside the caller's scope answers 404.
 */
@Controller
@RequestMapping("/console/territory")
class TerritoryPageController {

	static final int PLACES_PAGE_SIZE = 20;

	private final TerritoryCatalog catalog;

	private final TerritoryManagement management;

	private final Clock clock;

	TerritoryPageController(TerritoryCatalog catalog, TerritoryManagement management, Clock clock) {
		this.catalog = catalog;
		this.management = management;
		this.clock = clock;
	}

	@GetMapping
	String tree(CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) String q, Model model) {
		AdminUnitSummary home = (user.unitId() != null) ? this.catalog.findUnit(user.unitId()).orElse(null) : null;
		LocalDate asOf = (on != null) ? on : defaultDate(home, this.clock);
		List<AdminUnitSummary> roots;
		if (user.unrestricted() || home == null) {
			roots = this.catalog.findUnits(new UnitQuery(null, null, asOf, null))
				.stream()
				.filter((unit) -> unit.parentId() == null && user.canSeeUnit(unit.id()))
				.toList();
		}
		else {
			roots = List.of(home);
		}
		model.addAttribute("asOf", asOf);
		model.addAttribute("q", q);
		model.addAttribute("tree", roots.stream().map((root) -> node(root, asOf, 0)).toList());
		if (q != null && !q.isBlank()) {
			model.addAttribute("results",
					this.catalog.findUnits(new UnitQuery(null, null, asOf, q.strip()))
						.stream()
						.filter((unit) -> user.canSeeUnit(unit.id()))
						.toList());
		}
		return "territory/tree";
	}

	@GetMapping("/units/{id}")
	String unit(@PathVariable long id, CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		user.requireUnit(id, "admin-unit", id);
		AdminUnitSummary unit = this.catalog.findUnit(id).orElseThrow(() -> NotFoundException.of("admin-unit", id));
		LocalDate asOf = (on != null) ? on : defaultDate(unit, this.clock);
		List<ResidentialGroupSummary> groups = this.catalog.groupsOf(id);
		String folded = VietnameseText.fold(q);
		List<ResidentialGroupSummary> shown = (folded == null || folded.isEmpty()) ? groups
				: groups.stream().filter((group) -> VietnameseText.fold(group.name()).contains(folded)).toList();
		PageResult<PlaceSummary> places = this.catalog.findPlaces(new PlaceQuery(Set.of(id), q, null),
				new PageQuery(page, PLACES_PAGE_SIZE));
		model.addAttribute("unit", unit);
		model.addAttribute("asOf", asOf);
		model.addAttribute("validOnDate", unit.validOn(asOf));
		model.addAttribute("parent", (unit.parentId() != null && user.canSeeUnit(unit.parentId()))
				? this.catalog.findUnit(unit.parentId()).orElse(null) : null);
		model.addAttribute("children", this.catalog.findUnits(new UnitQuery(id, null, asOf, null)));
		model.addAttribute("successions", SuccessionView.of(unit, this.catalog.successionsOf(id), user));
		model.addAttribute("q", q);
		model.addAttribute("groups", shown);
		model.addAttribute("groupCount", groups.size());
		model.addAttribute("households", groups.stream().mapToLong(ResidentialGroupSummary::households).sum());
		model.addAttribute("residents", groups.stream().mapToLong(ResidentialGroupSummary::residents).sum());
		model.addAttribute("groupNames", groupNames(groups));
		model.addAttribute("places", places);
		model.addAttribute("ward", unit.level() == AdminLevel.COMMUNE);
		model.addAttribute("mayEdit", unit.level() == AdminLevel.COMMUNE && this.management.mayEdit(user, id));
		return "territory/unit";
	}

	@GetMapping("/map")
	String map() {
		return "territory/map";
	}

	/**
	 * Today, or the last day of a unit that is no longer valid (the demo city of 2022).
	 */
	static LocalDate defaultDate(AdminUnitSummary unit, Clock clock) {
		LocalDate today = LocalDate.now(clock);
		if (unit != null && !unit.validOn(today) && unit.validTo() != null) {
			return unit.validTo().minusDays(1);
		}
		return today;
	}

	static Map<Long, String> groupNames(List<ResidentialGroupSummary> groups) {
		return groups.stream().collect(Collectors.toMap(ResidentialGroupSummary::id, ResidentialGroupSummary::name));
	}

	private UnitNode node(AdminUnitSummary unit, LocalDate asOf, int depth) {
		List<UnitNode> children = (depth >= UnitNode.MAX_DEPTH) ? List.of()
				: this.catalog.findUnits(new UnitQuery(unit.id(), null, asOf, null))
					.stream()
					.map((child) -> node(child, asOf, depth + 1))
					.toList();
		return new UnitNode(unit, unit.validOn(asOf), children);
	}

	/**
	 * A unit of the tree with the units below it on the date shown.
	 */
	record UnitNode(AdminUnitSummary unit, boolean valid, List<UnitNode> children) {

		static final int MAX_DEPTH = 4;

	}

}

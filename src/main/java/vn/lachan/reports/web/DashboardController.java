package vn.lachan.reports.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.lachan.reports.ReportsCatalog;
import vn.lachan.reports.TerritoryFigures;
import vn.lachan.reports.internal.DashboardSection;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.territory.AdminUnitSummary;
import vn.lachan.territory.TerritoryCatalog;
import vn.lachan.territory.UnitQuery;

/**
 * The console's dashboard: the caller's territory and its figures. Later modules add
 * their figures here through the reports module's own tables.
 */
@Controller
class DashboardController {

	private final ReportsCatalog reports;

	private final TerritoryCatalog territory;

	private final List<DashboardSection> sections;

	private final Clock clock;

	DashboardController(ReportsCatalog reports, TerritoryCatalog territory, List<DashboardSection> sections,
			Clock clock) {
		this.reports = reports;
		this.territory = territory;
		this.sections = sections.stream().sorted(Comparator.comparingInt(DashboardSection::order)).toList();
		this.clock = clock;
	}

	@GetMapping("/console")
	String dashboard(CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Model model) {
		AdminUnitSummary unit = (user.unitId() != null) ? this.territory.findUnit(user.unitId()).orElse(null) : null;
		LocalDate asOf = (on != null) ? on : defaultDate(unit);
		List<AdminUnitSummary> subUnits = (unit != null)
				? this.territory.findUnits(new UnitQuery(unit.id(), null, asOf, null)) : List.of();
		TerritoryFigures figures = this.reports.territoryFigures(user.unrestricted() ? null : user.unitIds());
		model.addAttribute("unit", unit);
		model.addAttribute("asOf", asOf);
		model.addAttribute("subUnits", subUnits);
		model.addAttribute("figures", figures);
		model.addAttribute("sections",
				this.sections.stream()
					.filter((section) -> section.visibleTo(user))
					.map((section) -> new SectionView(section.template(), section.figures(user, asOf)))
					.toList());
		return "reports/dashboard";
	}

	/**
	 * A section of the dashboard, ready to render.
	 */
	record SectionView(String template, Object figures) {
	}

	/** Today, or the last day of a unit no longer valid (the demo city of 2022, say). */
	private LocalDate defaultDate(AdminUnitSummary unit) {
		LocalDate today = LocalDate.now(this.clock);
		if (unit != null && !unit.validOn(today) && unit.validTo() != null) {
			return unit.validTo().minusDays(1);
		}
		return today;
	}

}

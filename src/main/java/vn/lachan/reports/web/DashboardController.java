package vn.lachan.reports.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.lachan.reports.ReportsCatalog;
import vn.lachan.reports.TerritoryFigures;
import vn.lachan.reports.internal.DashboardPeriod;
import vn.lachan.reports.internal.DashboardPeriod.Preset;
import vn.lachan.reports.internal.DashboardSection;
import vn.lachan.shared.DemoData;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;
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

	private final boolean demo;

	DashboardController(ReportsCatalog reports, TerritoryCatalog territory, List<DashboardSection> sections,
			Clock clock, @Value("${" + DemoData.ENABLED_PROPERTY + ":false}") boolean demo) {
		this.demo = demo;
		this.reports = reports;
		this.territory = territory;
		this.sections = sections.stream().sorted(Comparator.comparingInt(DashboardSection::order)).toList();
		this.clock = clock;
	}

	@GetMapping("/console")
	String dashboard(CurrentUser user, @RequestParam(required = false) String preset,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		if (user.hasRole(Role.HOST)) {
			// a host's home is their own accommodations and notifications, not the ward's
			// figures
			return "redirect:/console/residence";
		}
		AdminUnitSummary unit = (user.unitId() != null) ? this.territory.findUnit(user.unitId()).orElse(null) : null;
		LocalDate today = LocalDate.now(this.clock);
		Preset chosen = preset(preset);
		DashboardPeriod period = DashboardPeriod.of(chosen, from, to, today, this.demo);
		if (period == null || (preset != null && chosen == null)) {
			model.addAttribute("periodRefused", true);
			period = DashboardPeriod.of(null, null, null, today, this.demo);
		}
		period = onTheUnitsValidity(period, unit);
		List<AdminUnitSummary> subUnits = (unit != null)
				? this.territory.findUnits(new UnitQuery(unit.id(), null, period.territoryDate(), null)) : List.of();
		TerritoryFigures figures = this.reports.territoryFigures(user.unrestricted() ? null : user.unitIds());
		DashboardPeriod shown = period;
		model.addAttribute("unit", unit);
		model.addAttribute("period", period);
		model.addAttribute("presets", Preset.values());
		model.addAttribute("demo", this.demo);
		model.addAttribute("periodicReport",
				user.hasRole(Role.COMMITTEE) || user.hasRole(Role.WARD_OFFICER) || user.hasRole(Role.ADMIN));
		model.addAttribute("subUnits", subUnits);
		model.addAttribute("subUnitFigures", this.reports
			.territoryFiguresByUnit(subUnits.stream().map(AdminUnitSummary::id).collect(Collectors.toSet())));
		model.addAttribute("figures", figures);
		model.addAttribute("sections",
				this.sections.stream()
					.filter((section) -> section.visibleTo(user))
					.map((section) -> new SectionView(section.template(), section.figures(user, shown)))
					.toList());
		return "reports/dashboard";
	}

	record SectionView(String template, Object figures) {
	}

	private static Preset preset(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		try {
			return Preset.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * A unit that no longer exists (the demo city of 2022, merged in 2025) is shown on
	 * its last day.
	 */
	private static DashboardPeriod onTheUnitsValidity(DashboardPeriod period, AdminUnitSummary unit) {
		if (unit != null && !unit.validOn(period.territoryDate()) && unit.validTo() != null
				&& !unit.validTo().isAfter(period.territoryDate())) {
			return new DashboardPeriod(period.preset(), period.from(), period.to(), unit.validTo().minusDays(1));
		}
		return period;
	}

}

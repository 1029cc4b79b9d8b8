package vn.lachan.forces.web;

import java.io.IOException;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.lachan.forces.internal.RosterFormat;
import vn.lachan.forces.internal.RosterFormat.FileType;
import vn.lachan.forces.internal.RosterExport;
import vn.lachan.forces.internal.RosterImport;
import vn.lachan.forces.internal.TeamScope;
import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.territory.AdminLevel;
import vn.lachan.territory.AdminUnitSummary;
import vn.lachan.territory.TerritoryCatalog;
import vn.lachan.territory.UnitQuery;

/**
 * The import page of a ward's roster, its template and its export.
 */
@Controller
class ImportPageController {

	private final RosterImport rosters;

	private final RosterExport exports;

	private final TerritoryCatalog territory;

	private final MessageSource messages;

	ImportPageController(RosterImport rosters, RosterExport exports, TerritoryCatalog territory,
			MessageSource messages) {
		this.rosters = rosters;
		this.exports = exports;
		this.territory = territory;
		this.messages = messages;
	}

	@GetMapping("/console/forces/import")
	String page(CurrentUser user, @RequestParam(required = false) Long unit, Model model) {
		AdminUnitSummary ward = ward(user, unit);
		model.addAttribute("unit", ward);
		model.addAttribute("columns", RosterFormat.COLUMNS);
		if (ward == null) {
			model.addAttribute("wards", wardsBelow(user));
		}
		return "forces/import";
	}

	@PostMapping("/console/forces/import")
	String importRoster(CurrentUser user, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean confirmWarnings, Model model) throws IOException {
		AdminUnitSummary ward = ward(user, unit);
		if (ward == null) {
			return page(user, null, model);
		}
		model.addAttribute("unit", ward);
		model.addAttribute("columns", RosterFormat.COLUMNS);
		if (file == null || file.isEmpty()) {
			model.addAttribute("noFile", true);
			return "forces/import";
		}
		model.addAttribute("report",
				RosterReport.of(this.rosters.importRoster(user, ward.id(), file.getBytes(), confirmWarnings),
						this.messages, LocaleContextHolder.getLocale()));
		return "forces/import";
	}

	@GetMapping("/console/forces/export")
	ResponseEntity<byte[]> export(CurrentUser user, @RequestParam(required = false) Long unit,
			@RequestParam(defaultValue = "xlsx") String format) {
		FileType type = "csv".equalsIgnoreCase(format) ? FileType.CSV : FileType.XLSX;
		AdminUnitSummary ward = ward(user, unit);
		if (ward == null) {
			throw NotFoundException.of("unit", "none");
		}
		return RosterApiController.file(this.exports.export(user, ward.id(), type), type,
				"danh-sach-to-" + ward.code());
	}

	@GetMapping("/console/forces/import/template")
	ResponseEntity<byte[]> template(@RequestParam(defaultValue = "xlsx") String format) {
		FileType type = "csv".equalsIgnoreCase(format) ? FileType.CSV : FileType.XLSX;
		return RosterApiController.file(RosterFormat.write(List.of(), type), type, "mau-danh-sach-to");
	}

	/**
	 * The ward whose roster is imported: the caller's own ward, or for the committee and
	 * the administrator the ward they chose within their scope; {@code null} until they
	 * have chosen one. Another tier or a unit outside the scope answers 404.
	 */
	private AdminUnitSummary ward(CurrentUser user, Long chosen) {
		if (!TeamScope.canManage(user)) {
			throw new AccessDeniedException("Only ward officers import rosters");
		}
		AdminUnitSummary own = (user.unitId() == null) ? null : this.territory.findUnit(user.unitId()).orElse(null);
		if (own != null && own.level() == AdminLevel.COMMUNE) {
			return own;
		}
		if (chosen == null) {
			return null;
		}
		user.requireUnit(chosen, "unit", chosen);
		return this.territory.findUnit(chosen)
			.filter((unit) -> unit.level() == AdminLevel.COMMUNE)
			.orElseThrow(() -> NotFoundException.of("unit", chosen));
	}

	/** The wards a committee member or the administrator may import for. */
	private List<AdminUnitSummary> wardsBelow(CurrentUser user) {
		return this.territory.findUnits(new UnitQuery(null, AdminLevel.COMMUNE, null, null))
			.stream()
			.filter((unit) -> user.canSeeUnit(unit.id()))
			.toList();
	}

}

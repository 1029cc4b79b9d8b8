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
	String page(CurrentUser user, Model model) {
		model.addAttribute("unit", ward(user));
		model.addAttribute("columns", RosterFormat.COLUMNS);
		return "forces/import";
	}

	@PostMapping("/console/forces/import")
	String importRoster(CurrentUser user, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean confirmWarnings, Model model) throws IOException {
		AdminUnitSummary unit = ward(user);
		model.addAttribute("unit", unit);
		model.addAttribute("columns", RosterFormat.COLUMNS);
		if (file == null || file.isEmpty()) {
			model.addAttribute("noFile", true);
			return "forces/import";
		}
		model.addAttribute("report",
				RosterReport.of(this.rosters.importRoster(user, unit.id(), file.getBytes(), confirmWarnings),
						this.messages, LocaleContextHolder.getLocale()));
		return "forces/import";
	}

	@GetMapping("/console/forces/export")
	ResponseEntity<byte[]> export(CurrentUser user, @RequestParam(defaultValue = "xlsx") String format) {
		FileType type = "csv".equalsIgnoreCase(format) ? FileType.CSV : FileType.XLSX;
		AdminUnitSummary unit = ward(user);
		return RosterApiController.file(this.exports.export(user, unit.id(), type), type,
				"danh-sach-to-" + unit.code());
	}

	@GetMapping("/console/forces/import/template")
	ResponseEntity<byte[]> template(@RequestParam(defaultValue = "xlsx") String format) {
		FileType type = "csv".equalsIgnoreCase(format) ? FileType.CSV : FileType.XLSX;
		return RosterApiController.file(RosterFormat.write(List.of(), type), type, "mau-danh-sach-to");
	}

	private AdminUnitSummary ward(CurrentUser user) {
		if (!TeamScope.canManage(user)) {
			throw new AccessDeniedException("Only ward officers import rosters");
		}
		return (user.unitId() == null) ? null
				: this.territory.findUnit(user.unitId())
					.filter((unit) -> unit.level() == AdminLevel.COMMUNE)
					.orElseThrow(() -> NotFoundException.of("unit", user.unitId()));
	}

}

package vn.lachan.territory.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.imports.ImportColumn;
import vn.lachan.shared.imports.RowProblem;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.territory.AdminUnitSummary;
import vn.lachan.territory.TerritoryCatalog;
import vn.lachan.territory.internal.TerritoryCsv;
import vn.lachan.territory.internal.TerritoryCsv.ImportReport;
import vn.lachan.territory.internal.TerritoryManagement;

/**
 * CSV export and import of a ward's residential groups and places. An import with any bad
 * row imports nothing and shows every problem, row by row.
 */
@Controller
@RequestMapping("/console/territory/units/{unitId}")
class TerritoryCsvPageController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final TerritoryCatalog catalog;

	private final TerritoryManagement management;

	private final TerritoryCsv csv;

	private final MessageSource messages;

	TerritoryCsvPageController(TerritoryCatalog catalog, TerritoryManagement management, TerritoryCsv csv,
			MessageSource messages) {
		this.catalog = catalog;
		this.management = management;
		this.csv = csv;
		this.messages = messages;
	}

	@GetMapping("/groups.csv")
	ResponseEntity<byte[]> exportGroups(@PathVariable long unitId, CurrentUser user) {
		String body = this.csv.exportGroups(user, unitId);
		return download(body, "residential-groups-" + unit(user, unitId).code() + ".csv");
	}

	@GetMapping("/places.csv")
	ResponseEntity<byte[]> exportPlaces(@PathVariable long unitId, CurrentUser user) {
		String body = this.csv.exportPlaces(user, unitId);
		return download(body, "places-" + unit(user, unitId).code() + ".csv");
	}

	@GetMapping("/import")
	String importPage(@PathVariable long unitId, CurrentUser user, Model model) {
		model.addAttribute("unit", GroupPageController.editable(this.catalog, this.management, user, unitId));
		model.addAttribute("groupColumns",
				TerritoryCsv.GROUP_COLUMNS.stream().map(ImportColumn::header).collect(Collectors.joining(",")));
		model.addAttribute("placeColumns",
				TerritoryCsv.PLACE_COLUMNS.stream().map(ImportColumn::header).collect(Collectors.joining(",")));
		return "territory/import";
	}

	@PostMapping("/groups/import")
	String importGroups(@PathVariable long unitId, @RequestParam(required = false) MultipartFile file, CurrentUser user,
			Model model, RedirectAttributes redirect) throws IOException {
		return importFile(unitId, file, user, model, redirect, false);
	}

	@PostMapping("/places/import")
	String importPlaces(@PathVariable long unitId, @RequestParam(required = false) MultipartFile file, CurrentUser user,
			Model model, RedirectAttributes redirect) throws IOException {
		return importFile(unitId, file, user, model, redirect, true);
	}

	private String importFile(long unitId, MultipartFile file, CurrentUser user, Model model,
			RedirectAttributes redirect, boolean places) throws IOException {
		importPage(unitId, user, model);
		model.addAttribute("importedKind", places ? "places" : "groups");
		if (file == null || file.isEmpty()) {
			model.addAttribute("problems", List.of(new ProblemLine(0, "", message("territory.csv.problem.no-file"))));
			return "territory/import";
		}
		byte[] content = file.getBytes();
		ImportReport report = places ? this.csv.importPlaces(user, unitId, content)
				: this.csv.importGroups(user, unitId, content);
		if (!report.imported()) {
			model.addAttribute("problems", report.problems().stream().map(this::line).toList());
			return "territory/import";
		}
		redirect.addFlashAttribute("success",
				message(places ? "territory.csv.places-imported" : "territory.csv.groups-imported", report.created(),
						report.updated()));
		return "redirect:/console/territory/units/" + unitId;
	}

	private ProblemLine line(RowProblem problem) {
		return new ProblemLine(problem.row(), problem.column(),
				message(problem.messageKey(), problem.messageArguments()));
	}

	private AdminUnitSummary unit(CurrentUser user, long unitId) {
		user.requireUnit(unitId, "admin-unit", unitId);
		return this.catalog.findUnit(unitId).orElseThrow(() -> NotFoundException.of("admin-unit", unitId));
	}

	private static ResponseEntity<byte[]> download(String body, String filename) {
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body.getBytes(StandardCharsets.UTF_8));
	}

	private String message(String key, Object... arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, arguments, key, locale);
	}

	/**
	 * One problem of an imported file, as the page lists it.
	 */
	record ProblemLine(long row, String column, String message) {
	}

}

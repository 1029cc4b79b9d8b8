package vn.lachan.territory.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.lachan.shared.imports.RowProblem;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.web.Problems;
import vn.lachan.territory.internal.TerritoryCsv;
import vn.lachan.territory.internal.TerritoryCsv.ImportReport;

/**
 * CSV export and import of a ward's residential groups and places over the API. A file
 * with any bad row imports nothing and answers 400 with every problem under {@code rows}.
 */
@RestController
@RequestMapping("/api/v1/admin-units/{id}")
@Tag(name = "Territory", description = "Administrative units, residential groups and places")
class TerritoryCsvApiController {

	private final TerritoryCsv csv;

	private final Problems problems;

	private final MessageSource messages;

	TerritoryCsvApiController(TerritoryCsv csv, Problems problems, MessageSource messages) {
		this.csv = csv;
		this.problems = problems;
		this.messages = messages;
	}

	@GetMapping(path = "/residential-groups.csv", produces = "text/csv")
	@Operation(summary = "The residential groups of a ward in the caller's scope, as CSV")
	ResponseEntity<byte[]> exportGroups(@PathVariable long id, CurrentUser user) {
		return csv(this.csv.exportGroups(user, id));
	}

	@GetMapping(path = "/places.csv", produces = "text/csv")
	@Operation(summary = "The places of a ward in the caller's scope, as CSV")
	ResponseEntity<byte[]> exportPlaces(@PathVariable long id, CurrentUser user) {
		return csv(this.csv.exportPlaces(user, id));
	}

	@PostMapping(path = "/residential-groups.csv", consumes = "text/csv")
	@Operation(summary = "Imports residential groups from UTF-8 CSV (updates by name); a bad row imports nothing")
	ResponseEntity<?> importGroups(@PathVariable long id, @RequestBody byte[] body, CurrentUser user) {
		return answer(this.csv.importGroups(user, id, (body != null) ? body : new byte[0]));
	}

	@PostMapping(path = "/places.csv", consumes = "text/csv")
	@Operation(summary = "Imports places from UTF-8 CSV (updates by name); a bad row imports nothing")
	ResponseEntity<?> importPlaces(@PathVariable long id, @RequestBody byte[] body, CurrentUser user) {
		return answer(this.csv.importPlaces(user, id, (body != null) ? body : new byte[0]));
	}

	private ResponseEntity<?> answer(ImportReport report) {
		if (report.imported()) {
			return ResponseEntity.ok(new Imported(report.created(), report.updated()));
		}
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = this.problems.problem(HttpStatus.BAD_REQUEST, "territory.csv-rejected",
				report.problems().size());
		problem.setProperty("rows", report.problems()
			.stream()
			.map((row) -> new RowError(row.row(), row.column(), code(row),
					this.messages.getMessage(row.messageKey(), row.messageArguments(), row.messageKey(), locale)))
			.toList());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** The problem's stable code: the last part of its message key. */
	private static String code(RowProblem row) {
		return row.messageKey().substring(row.messageKey().lastIndexOf('.') + 1);
	}

	private static ResponseEntity<byte[]> csv(String body) {
		return ResponseEntity.ok()
			.contentType(TerritoryCsvPageController.CSV)
			.body(body.getBytes(StandardCharsets.UTF_8));
	}

	/** What an import did. */
	record Imported(int created, int updated) {
	}

	/** One bad cell or row of an imported file. */
	record RowError(long row, String column, String code, String message) {
	}

}

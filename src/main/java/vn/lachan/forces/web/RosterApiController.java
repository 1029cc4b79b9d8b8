package vn.lachan.forces.web;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.lachan.forces.internal.RosterFormat;
import vn.lachan.forces.internal.RosterFormat.FileType;
import vn.lachan.forces.internal.RosterExport;
import vn.lachan.forces.internal.RosterImport;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.web.Problems;

/**
 * Rosters of members and teams as XLSX or CSV files over the API.
 */
@RestController
@Tag(name = "Rosters", description = "Import and export of members and teams (XLSX, CSV)")
class RosterApiController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final RosterImport rosters;

	private final RosterExport exports;

	private final Problems problems;

	private final MessageSource messages;

	RosterApiController(RosterImport rosters, RosterExport exports, Problems problems, MessageSource messages) {
		this.rosters = rosters;
		this.exports = exports;
		this.problems = problems;
		this.messages = messages;
	}

	@PostMapping(path = "/api/v1/teams/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import a ward's roster (XLSX or CSV)",
			description = "All or nothing: a bad row answers 422 with code roster-invalid and the rows and problems; "
					+ "broken membership rules answer 422 until confirmWarnings=true.")
	ResponseEntity<?> importRoster(CurrentUser user, @RequestParam long unit, @Parameter(
			description = "the roster, CSV or XLSX (the type is read from the content)") @RequestParam MultipartFile file,
			@RequestParam(defaultValue = "false") boolean confirmWarnings) throws IOException {
		RosterReport report = RosterReport.of(this.rosters.importRoster(user, unit, file.getBytes(), confirmWarnings),
				this.messages, LocaleContextHolder.getLocale());
		if (report.imported()) {
			return ResponseEntity.ok(report);
		}
		ProblemDetail problem = this.problems.problem(HttpStatus.UNPROCESSABLE_CONTENT,
				report.problems().isEmpty() ? "membership-warnings" : "roster-invalid");
		problem.setProperty("rows", report.problems().isEmpty() ? report.warnings() : report.problems());
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@GetMapping("/api/v1/teams/export")
	@Operation(summary = "Export a ward's roster (XLSX or CSV); re-imports unchanged")
	ResponseEntity<byte[]> export(CurrentUser user, @RequestParam long unit,
			@RequestParam(defaultValue = "xlsx") String format) {
		FileType type = "csv".equalsIgnoreCase(format) ? FileType.CSV : FileType.XLSX;
		return file(this.exports.export(user, unit, type), type, "danh-sach-to-" + unit);
	}

	@GetMapping("/api/v1/teams/import-template")
	@Operation(summary = "The empty roster to fill in")
	ResponseEntity<byte[]> template(@RequestParam(defaultValue = "xlsx") String format) {
		FileType type = "csv".equalsIgnoreCase(format) ? FileType.CSV : FileType.XLSX;
		return file(RosterFormat.write(List.of(), type), type, "mau-danh-sach-to");
	}

	static ResponseEntity<byte[]> file(byte[] bytes, FileType type, String name) {
		return ResponseEntity.ok()
			.contentType((type == FileType.CSV) ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)
					: XLSX)
			.header("Content-Disposition",
					"attachment; filename=\"" + name + ((type == FileType.CSV) ? ".csv" : ".xlsx") + "\"")
			.body(bytes);
	}

}

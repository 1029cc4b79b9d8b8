package vn.lachan.access.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.lachan.access.AuditAction;
import vn.lachan.access.AuditEntry;
import vn.lachan.access.AuditQuery;
import vn.lachan.access.AuditTrail;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.InvalidInputException.FieldProblem;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.time.VietnamTime;

/**
 * The audit trail, for administrators only, newest first.
 */
@RestController
@Tag(name = "Audit", description = "The append-only audit trail (administrators only)")
class AuditApiController {

	private final AuditTrail audit;

	AuditApiController(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping("/api/v1/audit-events")
	@Operation(summary = "Audit events, newest first, filtered by action, actor, record and time")
	PageResult<AuditEntry> events(@RequestParam(required = false) AuditAction action,
			@RequestParam(required = false) @Size(max = 60) String actor,
			@RequestParam(required = false) @Size(max = 60) String recordType,
			@RequestParam(required = false) @Size(max = 60) String recordId,
			@Parameter(description = "An ISO instant (2026-01-31T17:00:00Z), or a date: from its start in "
					+ "Vietnam's time zone") @RequestParam(required = false) String from,
			@Parameter(description = "An ISO instant (exclusive), or a date (inclusive: up to its end in "
					+ "Vietnam's time zone)") @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		List<FieldProblem> problems = new ArrayList<>();
		Instant start = parse("from", from, false, problems);
		Instant end = parse("to", to, true, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return this.audit.search(new AuditQuery(action, actor, recordType, recordId, start, end),
				new PageQuery(page, size));
	}

	/** An instant, or a date taken in Vietnam's zone ({@code end}: the day after it). */
	static Instant parse(String field, String value, boolean end, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		try {
			if (text.length() == 10) {
				LocalDate day = LocalDate.parse(text);
				return (end ? day.plusDays(1) : day).atStartOfDay(VietnamTime.ZONE).toInstant();
			}
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(field, "access.audit.bad-time", "access.audit.bad-time"));
			return null;
		}
	}

}

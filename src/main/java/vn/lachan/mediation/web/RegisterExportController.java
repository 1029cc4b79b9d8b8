package vn.lachan.mediation.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

import vn.lachan.mediation.internal.CaseRegister;
import vn.lachan.mediation.internal.MediationManagement;
import vn.lachan.mediation.internal.Party;
import vn.lachan.mediation.internal.RegisterEntry;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.InvalidInputException.FieldProblem;
import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.pdf.PdfDocuments;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.territory.TerritoryCatalog;

/**
 * The register (sổ theo dõi hoạt động hòa giải ở cơ sở) of the cases the user sees,
 * received in a period, as the Ministry's template lays it out: Part I one row per case,
 * Part II the summary by result. XLSX (fastexcel) and PDF ({@link PdfDocuments}).
 */
@Controller
class RegisterExportController {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	/** Part I's columns, as message keys. */
	static final List<String> COLUMNS = List.of("number", "received", "mediators", "parties", "content", "agreement",
			"result", "signatures", "notes");

	private static final String BLANK = "…………";

	/** Part II's columns (the team leader's summary), as message keys. */
	static final List<String> SUMMARY_COLUMNS = List.of("number", "mediators", "kind", "result", "notes");

	private final CaseRegister register;

	private final MediationManagement mediation;

	private final TerritoryCatalog territory;

	private final PdfDocuments pdf;

	private final MessageSource messages;

	RegisterExportController(CaseRegister register, MediationManagement mediation, TerritoryCatalog territory,
			PdfDocuments pdf, MessageSource messages) {
		this.register = register;
		this.mediation = mediation;
		this.territory = territory;
		this.pdf = pdf;
		this.messages = messages;
	}

	@GetMapping("/console/mediation/register.xlsx")
	ResponseEntity<byte[]> xlsx(CurrentUser user, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(name = "book", required = false) Integer number, Locale locale) {
		Book book = book(user, unit, from, to, number);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Workbook workbook = new Workbook(out, "LaChan", "1.0");
			Worksheet sheet = workbook.newWorksheet(text("mediation.register.sheet", locale));
			sheet.value(0, 0, text("mediation.register.title", locale));
			sheet.value(1, 0, text("mediation.register.header", locale, book.unitName(), DAY.format(book.from()),
					DAY.format(book.to())));
			sheet.value(2, 0, teamsLine(book, locale));
			sheet.value(3, 0, text("mediation.register.part1", locale));
			for (int c = 0; c < COLUMNS.size(); c++) {
				sheet.value(4, c, text("mediation.register.column." + COLUMNS.get(c), locale));
			}
			int row = 5;
			for (List<String> cells : rows(book.entries(), locale)) {
				for (int c = 0; c < cells.size(); c++) {
					sheet.value(row, c, cells.get(c));
				}
				row++;
			}
			row++;
			sheet.value(row++, 0, text("mediation.register.part2", locale));
			for (int c = 0; c < SUMMARY_COLUMNS.size(); c++) {
				sheet.value(row, c, text("mediation.register.column." + SUMMARY_COLUMNS.get(c), locale));
			}
			row++;
			for (List<String> cells : summaryRows(book.entries(), locale)) {
				for (int c = 0; c < cells.size(); c++) {
					sheet.value(row, c, cells.get(c));
				}
				row++;
			}
			row++;
			for (Map.Entry<String, Long> result : totals(book.entries(), locale).entrySet()) {
				sheet.value(row, 0, result.getKey());
				sheet.value(row++, 1, result.getValue());
			}
			workbook.finish();
			return file(out.toByteArray(), XLSX, "so-theo-doi-hoa-giai.xlsx");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@GetMapping("/console/mediation/register.pdf")
	ResponseEntity<byte[]> pdf(CurrentUser user, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(name = "book", required = false) Integer number, Locale locale) {
		Book book = book(user, unit, from, to, number);
		Map<String, Object> model = new HashMap<>();
		model.put("font", PdfDocuments.FONT_FAMILY);
		model.put("unitName", book.unitName());
		model.put("from", DAY.format(book.from()));
		model.put("to", DAY.format(book.to()));
		model.put("teamsLine", teamsLine(book, locale));
		model.put("columns", COLUMNS);
		model.put("rows", rows(book.entries(), locale));
		model.put("summaryColumns", SUMMARY_COLUMNS);
		model.put("summaryRows", summaryRows(book.entries(), locale));
		model.put("totals", totals(book.entries(), locale));
		return file(this.pdf.render("mediation/register-pdf", model, locale), MediaType.APPLICATION_PDF,
				"so-theo-doi-hoa-giai.pdf");
	}

	/**
	 * A period that ends before it starts, or a book number out of range: the list page
	 * again, with the message.
	 */
	@ExceptionHandler(InvalidInputException.class)
	String invalidRegister(InvalidInputException ex, HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request).put("registerErrorKey", ex.fieldProblems().get(0).message());
		return "redirect:/console/mediation";
	}

	private record Book(String unitName, List<String> teams, Integer number, LocalDate from, LocalDate to,
			List<RegisterEntry> entries) {
	}

	/**
	 * The cover's second line: the mediation teams and the book's number (a dotted blank
	 * to fill in by hand when none is given).
	 */
	private String teamsLine(Book book, Locale locale) {
		String teams = book.teams().isEmpty() ? BLANK : String.join(", ", book.teams());
		String number = (book.number() != null) ? Integer.toString(book.number()) : BLANK;
		return text("mediation.register.teams", locale, teams, number);
	}

	private Book book(CurrentUser user, Long unit, LocalDate from, LocalDate to, Integer number) {
		if (number != null && (number < 1 || number > 9999)) {
			throw new InvalidInputException(
					List.of(new FieldProblem("book", "Range", "mediation.error.register-book")));
		}
		Long unitId = (unit != null) ? unit : user.unitId();
		if (unitId == null) {
			throw NotFoundException.of("unit", 0L);
		}
		LocalDate today = this.mediation.today();
		LocalDate start = (from != null) ? from : today.withDayOfYear(1);
		LocalDate end = (to != null) ? to : today;
		List<RegisterEntry> entries = this.register.entries(user, unitId, start, end);
		String unitName = this.territory.findUnit(unitId).map((u) -> u.name()).orElse("");
		return new Book(unitName, this.register.teamNames(user, unitId, entries), number, start, end, entries);
	}

	private List<List<String>> rows(List<RegisterEntry> entries, Locale locale) {
		List<List<String>> rows = new ArrayList<>();
		for (RegisterEntry entry : entries) {
			var c = entry.mediationCase();
			String invited = entry.parties()
				.stream()
				.filter(Party::invited)
				.map(Party::name)
				.collect(Collectors.joining(", "));
			String mediators = String.join(", ", entry.mediators())
					+ (invited.isEmpty() ? "" : "; " + text("mediation.register.invited", locale, invited));
			String parties = entry.parties()
				.stream()
				.filter((p) -> !p.invited())
				.map((p) -> p.name() + ((p.address() != null) ? ", " + p.address() : ""))
				.collect(Collectors.joining("; "));
			String agreement = (entry.agreement() != null) ? entry.agreement().solution()
					: ((c.outcomeNote() != null) ? c.outcomeNote() : "");
			String result = text("mediation.register.result." + c.status(), locale);
			String notes = (c.tipId() != null) ? text("mediation.register.escalated", locale, c.tipId()) : "";
			rows.add(List.of(Integer.toString(entry.number()), DAY.format(c.receivedOn()), mediators, parties,
					c.summary(), agreement, result, "", notes));
		}
		return rows;
	}

	/** Part II: per case its mediators, kind, result and notes. */
	private List<List<String>> summaryRows(List<RegisterEntry> entries, Locale locale) {
		List<List<String>> rows = new ArrayList<>();
		for (RegisterEntry entry : entries) {
			var c = entry.mediationCase();
			rows.add(List.of(Integer.toString(entry.number()), String.join(", ", entry.mediators()),
					text("mediation.kind." + c.kind(), locale), text("mediation.register.result." + c.status(), locale),
					(c.tipId() != null) ? text("mediation.register.escalated", locale, c.tipId()) : ""));
		}
		return rows;
	}

	/** Part II's totals: how many cases by result, in the register's order. */
	private Map<String, Long> totals(List<RegisterEntry> entries, Locale locale) {
		Map<String, Long> totals = new java.util.LinkedHashMap<>();
		totals.put(text("mediation.register.total", locale), (long) entries.size());
		for (String status : List.of("SUCCEEDED", "FAILED", "WITHDRAWN", "OPEN")) {
			totals.put(text("mediation.register.result." + status, locale),
					entries.stream().filter((e) -> e.mediationCase().status().name().equals(status)).count());
		}
		return totals;
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

}

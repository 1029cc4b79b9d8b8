package vn.lachan.reports.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

import vn.lachan.reports.internal.DashboardPeriod;
import vn.lachan.reports.internal.periodic.PeriodicReport;
import vn.lachan.reports.internal.periodic.PeriodicReportBuilder;
import vn.lachan.reports.internal.periodic.PeriodicReportXlsx;
import vn.lachan.reports.internal.periodic.ReportPeriod;
import vn.lachan.shared.DemoData;
import vn.lachan.shared.pdf.PdfDocuments;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.time.VietnamTime;
import vn.lachan.territory.AdminUnitSummary;
import vn.lachan.territory.TerritoryCatalog;
import vn.lachan.territory.UnitQuery;

/**
 * The periodic report of a unit and period: the page, its PDF and its XLSX, from the same
 * query string.
 */
@Controller
class PeriodicReportController {

	private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
		.withZone(VietnamTime.ZONE);

	private final PeriodicReportBuilder reports;

	private final PeriodicReportXlsx xlsx;

	private final PdfDocuments pdf;

	private final TerritoryCatalog territory;

	private final Clock clock;

	private final boolean demo;

	PeriodicReportController(PeriodicReportBuilder reports, PeriodicReportXlsx xlsx, PdfDocuments pdf,
			TerritoryCatalog territory, Clock clock,
			@Value("${" + DemoData.ENABLED_PROPERTY + ":false}") boolean demo) {
		this.reports = reports;
		this.xlsx = xlsx;
		this.pdf = pdf;
		this.territory = territory;
		this.clock = clock;
		this.demo = demo;
	}

	@GetMapping("/console/reports/periodic")
	String page(CurrentUser user, @ModelAttribute("form") PeriodicReportForm form, BindingResult result, Model model,
			HttpServletRequest request) {
		LocalDate today = LocalDate.now(this.clock);
		boolean asked = request.getQueryString() != null;
		if (!asked) {
			defaults(user, form, today);
		}
		options(user, model);
		if (!asked && form.getUnit() == null) {
			return "reports/periodic";
		}
		form.check(result);
		if (result.hasErrors()) {
			model.addAttribute("refused", true);
			return "reports/periodic";
		}
		PeriodicReport report = report(user, form, today);
		model.addAttribute("report", report);
		model.addAttribute("generated", GENERATED.format(report.generatedAt()));
		model.addAttribute("query", form.query());
		return "reports/periodic";
	}

	@GetMapping("/console/reports/periodic.pdf")
	ModelAndView pdf(CurrentUser user, @ModelAttribute("form") PeriodicReportForm form, BindingResult result,
			Model model) {
		form.check(result);
		if (result.hasErrors()) {
			return refused(user, model);
		}
		PeriodicReport report = report(user, form, LocalDate.now(this.clock));
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, Object> variables = new HashMap<>();
		variables.put("report", report);
		variables.put("generated", GENERATED.format(report.generatedAt()));
		variables.put("font", PdfDocuments.FONT_FAMILY);
		return download(this.pdf.render("reports/periodic-pdf", variables, locale), MediaType.APPLICATION_PDF,
				fileName(report, "pdf"));
	}

	@GetMapping("/console/reports/periodic.xlsx")
	ModelAndView xlsx(CurrentUser user, @ModelAttribute("form") PeriodicReportForm form, BindingResult result,
			Model model) {
		form.check(result);
		if (result.hasErrors()) {
			return refused(user, model);
		}
		PeriodicReport report = report(user, form, LocalDate.now(this.clock));
		return download(this.xlsx.write(report, LocaleContextHolder.getLocale()),
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
				fileName(report, "xlsx"));
	}

	/** A download asked for no report: the form again, with its messages, as a 400. */
	private ModelAndView refused(CurrentUser user, Model model) {
		options(user, model);
		model.addAttribute("refused", true);
		return new ModelAndView("reports/periodic", model.asMap(), HttpStatus.BAD_REQUEST);
	}

	private void options(CurrentUser user, Model model) {
		model.addAttribute("units", units(user));
		model.addAttribute("kinds", ReportPeriod.Kind.values());
		model.addAttribute("unitsOnChoices", PeriodicReportForm.UnitsOn.values());
	}

	private PeriodicReport report(CurrentUser user, PeriodicReportForm form, LocalDate today) {
		ReportPeriod period = form.period();
		return this.reports.build(user, form.getUnit(), period, form.unitsOn(period, today),
				LocaleContextHolder.getLocale());
	}

	/** The caller's own unit and, in demo mode, the article's period. */
	private void defaults(CurrentUser user, PeriodicReportForm form, LocalDate today) {
		if (form.getUnit() == null) {
			form.setUnit(user.unitId());
		}
		if (form.getFrom() == null) {
			if (this.demo) {
				form.setKind(ReportPeriod.Kind.CUSTOM);
				form.setFrom(DashboardPeriod.ARTICLE_FROM);
				form.setTo(DashboardPeriod.ARTICLE_TO);
			}
			else {
				form.setKind(ReportPeriod.Kind.MONTH);
				form.setFrom(today.withDayOfMonth(1));
			}
		}
	}

	/** The units the caller may report on, the widest first. */
	private List<AdminUnitSummary> units(CurrentUser user) {
		List<AdminUnitSummary> units = user.unrestricted()
				? this.territory.findUnits(new UnitQuery(null, null, null, null))
				: user.unitIds().stream().flatMap((id) -> this.territory.findUnit(id).stream()).toList();
		return units.stream()
			.sorted(Comparator.comparing(AdminUnitSummary::level)
				.thenComparing(AdminUnitSummary::code)
				.thenComparing(AdminUnitSummary::name))
			.toList();
	}

	private static String fileName(PeriodicReport report, String extension) {
		return "bao-cao-" + report.unitId() + "-" + report.period().from() + "-" + report.period().to() + "."
				+ extension;
	}

	private static ModelAndView download(byte[] body, MediaType type, String name) {
		String disposition = ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString();
		View file = new View() {

			@Override
			public String getContentType() {
				return type.toString();
			}

			@Override
			public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
					throws IOException {
				response.setContentType(type.toString());
				response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition);
				response.setContentLength(body.length);
				response.getOutputStream().write(body);
			}

		};
		return new ModelAndView(file);
	}

}

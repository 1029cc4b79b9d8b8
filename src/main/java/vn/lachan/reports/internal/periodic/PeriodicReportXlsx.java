package vn.lachan.reports.internal.periodic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.lachan.reports.internal.periodic.PeriodicReport.Figure;
import vn.lachan.reports.internal.periodic.PeriodicReport.Section;
import vn.lachan.shared.time.VietnamTime;

/**
 * A periodic report as a workbook: one sheet, the unit, the period and the generation
 * date at the top, then each section's sentences and its figures as numbers (this period,
 * the previous one, a year before).
 */
@Component
public class PeriodicReportXlsx {

	private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
		.withZone(VietnamTime.ZONE);

	private final MessageSource messages;

	PeriodicReportXlsx(MessageSource messages) {
		this.messages = messages;
	}

	/** The workbook's bytes. */
	public byte[] write(PeriodicReport report, Locale locale) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Workbook workbook = new Workbook(out, "LaChan", "1.0");
			Worksheet sheet = workbook.newWorksheet(text("periodic.title", locale));
			int row = 0;
			sheet.value(row, 0, text("periodic.heading", locale));
			sheet.style(row++, 0).bold().set();
			sheet.value(row++, 0, text("periodic.meta.unit", locale, report.unitName()));
			sheet.value(row++, 0,
					text("periodic.meta.period", locale, day(report.period().from()), day(report.period().to())));
			sheet.value(row++, 0, text("periodic.meta.compared", locale, day(report.previous().from()),
					day(report.previous().to()), day(report.yearBefore().from()), day(report.yearBefore().to())));
			sheet.value(row++, 0, text("periodic.meta.units-on", locale, day(report.unitsOn())));
			sheet.value(row++, 0, text("periodic.meta.generated", locale, GENERATED.format(report.generatedAt())));
			row++;
			String[] headers = { "periodic.column.figure", "periodic.column.unit", "periodic.column.value",
					"periodic.column.previous", "periodic.column.year-before", "periodic.column.detail" };
			for (Section section : report.sections()) {
				sheet.value(row, 0, section.title());
				sheet.style(row++, 0).bold().fontSize(12).set();
				for (String sentence : section.sentences()) {
					sheet.value(row++, 0, sentence);
				}
				if (section.note() != null) {
					sheet.value(row, 0, section.note());
					sheet.style(row++, 0).italic().set();
				}
				for (int column = 0; column < headers.length; column++) {
					sheet.value(row, column, text(headers[column], locale));
					sheet.style(row, column).bold().set();
				}
				row++;
				for (Figure figure : section.figures()) {
					sheet.value(row, 0, figure.label());
					sheet.value(row, 1, (figure.unit() != null) ? figure.unit() : text("periodic.all-units", locale));
					if (figure.value() != null) {
						sheet.value(row, 2, figure.value());
					}
					if (figure.previous() != null) {
						sheet.value(row, 3, figure.previous());
						sheet.value(row, 4, figure.yearBefore());
					}
					if (figure.detail() != null) {
						sheet.value(row, 5, figure.detail());
					}
					row++;
				}
				row++;
			}
			sheet.width(0, 60);
			sheet.width(1, 28);
			sheet.width(5, 50);
			workbook.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the periodic report", ex);
		}
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

	private static String day(java.time.LocalDate date) {
		return PeriodicReportBuilder.DAY.format(date);
	}

}

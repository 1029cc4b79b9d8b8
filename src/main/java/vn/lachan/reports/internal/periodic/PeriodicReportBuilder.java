package vn.lachan.reports.internal.periodic;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.forces.ForcesCatalog;
import vn.lachan.forces.TeamKind;
import vn.lachan.reports.ProgramsFigures;
import vn.lachan.reports.internal.ProgramsFigureQueries;
import vn.lachan.reports.internal.periodic.PeriodicReport.Figure;
import vn.lachan.reports.internal.periodic.PeriodicReport.Section;
import vn.lachan.reports.internal.periodic.ReportUnits.ReportScope;
import vn.lachan.reports.internal.periodic.ReportUnits.Row;
import vn.lachan.shared.security.CurrentUser;

/**
 * Generates a periodic report: the figures of the period, the previous period and the
 * same period a year before, laid out by the movement's sections, with the sentences the
 * article would write and the link of every figure to its records.
 */
@Service
@Transactional(readOnly = true)
public class PeriodicReportBuilder {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final ReportUnits units;

	private final PeriodicReportFigures figures;

	private final ProgramsFigureQueries programs;

	private final ForcesCatalog forces;

	private final MessageSource messages;

	private final Clock clock;

	PeriodicReportBuilder(ReportUnits units, PeriodicReportFigures figures, ProgramsFigureQueries programs,
			ForcesCatalog forces, MessageSource messages, Clock clock) {
		this.units = units;
		this.figures = figures;
		this.programs = programs;
		this.forces = forces;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The report of a unit for a period, on the units of a date, in the caller's scope.
	 * @throws vn.lachan.shared.NotFoundException when the unit is outside it
	 */
	public PeriodicReport build(CurrentUser user, long unitId, ReportPeriod period, LocalDate unitsOn, Locale locale) {
		ReportScope scope = this.units.scope(user, unitId, unitsOn);
		Layout layout = new Layout(scope, period, locale,
				new FigureLinks(user, scope, period.stateOn(LocalDate.now(this.clock))), this.figures.of(scope, period),
				this.figures.of(scope, period.previous()), this.figures.of(scope, period.yearBefore()),
				this.figures.undated(scope));
		List<Section> sections = new ArrayList<>();
		sections.add(new PeriodicSections.Forces(this.forces.kinds()).section(layout));
		sections.add(new PeriodicSections.Tips().section(layout));
		sections.add(new PeriodicSections.Stays().section(layout));
		sections.add(new PeriodicSections.Cameras().section(layout));
		sections.add(new PeriodicSections.Streets().section(layout));
		sections.add(new PeriodicSections.Mediation().section(layout));
		ProgramsFigures programs = this.programs.figures(scope.dataUnits());
		sections.addAll(new PeriodicSections.Programs(programs).sections(layout));
		return new PeriodicReport(unitId, scope.unit().name(), period, period.previous(), period.yearBefore(), unitsOn,
				this.clock.instant(), sections);
	}

	/**
	 * What the sections are laid out from: the scope, the figures of the three periods
	 * and the undated ones, the language and the links.
	 */
	final class Layout {

		final ReportScope scope;

		final ReportPeriod period;

		final Locale locale;

		final FigureLinks links;

		final Map<String, Long> now;

		final Map<String, Long> previous;

		final Map<String, Long> yearBefore;

		final Map<String, Long> undated;

		Layout(ReportScope scope, ReportPeriod period, Locale locale, FigureLinks links, Map<String, Long> now,
				Map<String, Long> previous, Map<String, Long> yearBefore, Map<String, Long> undated) {
			this.scope = scope;
			this.period = period;
			this.locale = locale;
			this.links = links;
			this.now = now;
			this.previous = previous;
			this.yearBefore = yearBefore;
			this.undated = undated;
		}

		String text(String key, Object... args) {
			return PeriodicReportBuilder.this.messages.getMessage(key, args, key, this.locale);
		}

		String number(long value) {
			return java.text.NumberFormat.getIntegerInstance(this.locale).format(value);
		}

		long now(String key) {
			return this.now.getOrDefault(key, 0L);
		}

		long undated(String key) {
			return this.undated.getOrDefault(key, 0L);
		}

		/** A dated figure of the scope ({@code row} null) or of a row. */
		Figure dated(String key, String label, Row row, String link) {
			String id = key + ((row != null) ? "@" + row.unitId() : "");
			return new Figure(id, label, name(row), this.now.getOrDefault(id, 0L), this.previous.getOrDefault(id, 0L),
					this.yearBefore.getOrDefault(id, 0L), null, link);
		}

		/** A figure that is not compared across periods. */
		Figure undated(String key, String label, Row row, String link) {
			String id = key + ((row != null) ? "@" + row.unitId() : "");
			return new Figure(id, label, name(row), this.undated.getOrDefault(id, 0L), null, null, null, link);
		}

		/**
		 * A row's name; a unit that no longer exists on the report's date, with no link
		 * telling what it became, says so.
		 */
		String name(Row row) {
			if (row == null) {
				return null;
			}
			return row.validOn() ? row.name() : text("periodic.unit.no-successor", row.name());
		}

		String from() {
			return DAY.format(this.period.from());
		}

		String to() {
			return DAY.format(this.period.to());
		}

		Section section(String code, List<String> sentences, List<Figure> figures, String note) {
			return new Section(code, text("periodic.section." + code), sentences, figures, note);
		}

	}

	/** The kinds of team, for the sections. */
	static String kindName(List<TeamKind> kinds, String code, Locale locale) {
		return kinds.stream()
			.filter((kind) -> kind.code().equals(code))
			.map((kind) -> kind.name(locale))
			.findFirst()
			.orElse(code);
	}

}

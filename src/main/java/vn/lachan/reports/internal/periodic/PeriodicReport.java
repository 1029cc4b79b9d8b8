package vn.lachan.reports.internal.periodic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A periodic report as generated: laid out by the movement's sections, each figure with
 * the previous period's and the same period's a year before.
 *
 * @param unitId the unit reported on
 * @param unitName its name
 * @param period the period
 * @param previous the period before it
 * @param yearBefore the same period a year before
 * @param unitsOn the date whose wards and communes the rows are
 * @param generatedAt when it was generated
 * @param sections its sections, in the movement's order
 */
public record PeriodicReport(long unitId, String unitName, ReportPeriod period, ReportPeriod previous,
		ReportPeriod yearBefore, LocalDate unitsOn, Instant generatedAt, List<Section> sections) {

	public PeriodicReport {
		sections = List.copyOf(sections);
	}

	/** Every figure of the report, section by section. */
	public List<Figure> figures() {
		return this.sections.stream().flatMap((section) -> section.figures().stream()).toList();
	}

	/** The figure with this id. */
	public Optional<Figure> figure(String id) {
		return figures().stream().filter((figure) -> figure.id().equals(id)).findFirst();
	}

	/**
	 * One section.
	 *
	 * @param code its code ({@code forces}, {@code tips}…)
	 * @param title its title
	 * @param sentences what the figures say, in the article's words
	 * @param figures its figures, the whole scope's first and then each ward's
	 * @param note what the section cannot say, if anything
	 */
	public record Section(String code, String title, List<String> sentences, List<Figure> figures, String note) {

		public Section {
			sentences = List.copyOf(sentences);
			figures = List.copyOf(figures);
		}

	}

	/**
	 * One figure.
	 *
	 * @param id a stable id, {@code tips.received@1234} for a ward's
	 * @param label what it counts
	 * @param unit the ward or commune it is of, {@code null} for the whole scope
	 * @param value its value; {@code null} where it is only a text
	 * @param previous the previous period's, {@code null} where a figure is not dated
	 * @param yearBefore the same period's a year before, {@code null} likewise
	 * @param detail a text that goes with it (names, a plan's title)
	 * @param link the list of the records behind it, {@code null} where there is none
	 */
	public record Figure(String id, String label, String unit, Long value, Long previous, Long yearBefore,
			String detail, String link) {

		/** Whether it is compared with other periods. */
		public boolean dated() {
			return this.previous != null;
		}

	}

}

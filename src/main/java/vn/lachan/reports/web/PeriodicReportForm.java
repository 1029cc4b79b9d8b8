package vn.lachan.reports.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import vn.lachan.reports.internal.periodic.ReportPeriod;
import vn.lachan.shared.web.PeriodFields;

/**
 * What a periodic report is asked for: a unit, a period and the date of the units it is
 * laid on. Bound from the query string, so that the page, its PDF and its XLSX take the
 * same request.
 */
public class PeriodicReportForm extends PeriodFields {

	/** On which units the figures are laid. */
	public enum UnitsOn {

		/** The units of today. */
		TODAY,
		/** The units of the period's last day. */
		PERIOD,
		/** The units of a date of one's own. */
		DATE

	}

	private Long unit;

	private ReportPeriod.Kind kind = ReportPeriod.Kind.CUSTOM;

	private UnitsOn unitsOn = UnitsOn.PERIOD;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate unitsDate;

	public Long getUnit() {
		return this.unit;
	}

	public void setUnit(Long unit) {
		this.unit = unit;
	}

	public ReportPeriod.Kind getKind() {
		return this.kind;
	}

	public void setKind(ReportPeriod.Kind kind) {
		this.kind = kind;
	}

	public UnitsOn getUnitsOn() {
		return this.unitsOn;
	}

	public void setUnitsOn(UnitsOn unitsOn) {
		this.unitsOn = unitsOn;
	}

	public LocalDate getUnitsDate() {
		return this.unitsDate;
	}

	public void setUnitsDate(LocalDate unitsDate) {
		this.unitsDate = unitsDate;
	}

	/**
	 * Rejects what gives no report, each beside its field: a missing unit or date, an end
	 * before the start, a range of more than ten years, a missing date of the units. A
	 * field that did not bind (not a date) keeps its own message.
	 */
	void check(Errors errors) {
		if (this.unit == null && !errors.hasFieldErrors("unit")) {
			errors.rejectValue("unit", "periodic.form.required");
		}
		if (this.kind == null && !errors.hasFieldErrors("kind")) {
			errors.rejectValue("kind", "periodic.form.required");
		}
		if (getFrom() == null && !errors.hasFieldErrors("from")) {
			errors.rejectValue("from", "periodic.form.required");
		}
		if (this.kind == ReportPeriod.Kind.CUSTOM && !errors.hasFieldErrors("to")) {
			if (getTo() == null) {
				errors.rejectValue("to", "periodic.form.required");
			}
			else if (getFrom() != null && getTo().isBefore(getFrom())) {
				errors.rejectValue("to", "periodic.form.to-before-from");
			}
			else if (getFrom() != null && period() == null) {
				errors.rejectValue("to", "periodic.form.too-long");
			}
		}
		if (this.unitsOn == null && !errors.hasFieldErrors("unitsOn")) {
			errors.rejectValue("unitsOn", "periodic.form.required");
		}
		if (this.unitsOn == UnitsOn.DATE && this.unitsDate == null && !errors.hasFieldErrors("unitsDate")) {
			errors.rejectValue("unitsDate", "periodic.form.required");
		}
	}

	/** The period asked for, {@code null} when it is none. */
	ReportPeriod period() {
		return ReportPeriod.of(this.kind, getFrom(), getTo());
	}

	/** The date of the units, {@code null} when a date of one's own is missing. */
	LocalDate unitsOn(ReportPeriod period, LocalDate today) {
		return switch (this.unitsOn) {
			case TODAY -> today;
			case PERIOD -> period.to().isAfter(today) ? today : period.to();
			case DATE -> this.unitsDate;
		};
	}

	/** The query string that asks for the same report. */
	String query() {
		StringBuilder query = new StringBuilder("unit=").append(this.unit)
			.append("&kind=")
			.append(this.kind)
			.append("&from=")
			.append(getFrom())
			.append("&unitsOn=")
			.append(this.unitsOn);
		if (getTo() != null) {
			query.append("&to=").append(getTo());
		}
		if (this.unitsDate != null) {
			query.append("&unitsDate=").append(this.unitsDate);
		}
		return query.toString();
	}

}

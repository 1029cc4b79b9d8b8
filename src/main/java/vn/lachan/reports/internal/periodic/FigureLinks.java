package vn.lachan.reports.internal.periodic;

import java.time.LocalDate;

import org.springframework.web.util.UriComponentsBuilder;

import vn.lachan.reports.internal.periodic.ReportUnits.ReportScope;
import vn.lachan.reports.internal.periodic.ReportUnits.Row;
import vn.lachan.shared.security.CurrentUser;

/**
 * The list each figure links to, with the figure's own filters: the same unit and the
 * same period. A figure gets no link where no list can show exactly its records (a row
 * that gathers several former units, a scope that is not the caller's own).
 */
final class FigureLinks {

	private final CurrentUser user;

	private final ReportScope scope;

	private final LocalDate teamsOn;

	/**
	 * @param teamsOn the day whose teams the figures count (the period's last day, or
	 * today while the period runs)
	 */
	FigureLinks(CurrentUser user, ReportScope scope, LocalDate teamsOn) {
		this.user = user;
		this.scope = scope;
		this.teamsOn = teamsOn;
	}

	/** The tips received in the period, of the scope or of a row. */
	String tips(Row row, ReportPeriod period) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/console/tips");
		if (!unit(link, row)) {
			return null;
		}
		return link.queryParam("from", period.from()).queryParam("to", period.to()).build().toUriString();
	}

	/**
	 * The teams of a kind active on the figures' day, of the scope (its unit and below)
	 * or of a row.
	 */
	String teams(String kind, Row row) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/console/forces/teams")
			.queryParam("kind", kind)
			.queryParam("on", this.teamsOn);
		if (row == null) {
			return link.queryParam("unit", this.scope.unit().id()).build().toUriString();
		}
		return unit(link, row) ? link.build().toUriString() : null;
	}

	/** A ward's public cameras (the cameras' list is a ward's). */
	String publicCameras(Row row) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/console/cameras").queryParam("ownership", "PUBLIC");
		return (row != null && unit(link, row)) ? link.build().toUriString() : null;
	}

	/** The urban-order violations found in the period, of the scope or of a row. */
	String violations(Row row, ReportPeriod period) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/console/streets");
		if (!unit(link, row)) {
			return null;
		}
		return link.queryParam("from", period.from()).queryParam("to", period.to()).build().toUriString();
	}

	/**
	 * Adds the unit filter the list needs: the row's single unit, or none where the scope
	 * is exactly the caller's own; false where no filter gives exactly the figure's
	 * records.
	 */
	private boolean unit(UriComponentsBuilder link, Row row) {
		if (row != null) {
			Long single = row.singleUnit();
			if (single == null) {
				return false;
			}
			link.queryParam("unit", single);
			return true;
		}
		if (!this.user.unrestricted() && this.user.unitId() != null && this.user.unitId() == this.scope.unit().id()) {
			return true;
		}
		if (this.scope.rows().size() == 1 && this.scope.rows().get(0).singleUnit() != null
				&& this.scope.dataUnits().size() == 1) {
			link.queryParam("unit", this.scope.rows().get(0).singleUnit());
			return true;
		}
		return false;
	}

}

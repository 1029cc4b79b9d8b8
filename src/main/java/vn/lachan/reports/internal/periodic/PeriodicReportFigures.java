package vn.lachan.reports.internal.periodic;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.lachan.reports.CameraFigures;
import vn.lachan.reports.ForcesFigures;
import vn.lachan.reports.ReportsCatalog;
import vn.lachan.reports.MediationFigures;
import vn.lachan.reports.StreetsFigures;
import vn.lachan.reports.TerritoryFigures;
import vn.lachan.reports.TipStatistics;
import vn.lachan.reports.internal.CameraFigureQueries;
import vn.lachan.reports.internal.ForcesFigureQueries;
import vn.lachan.reports.internal.MediationFigureQueries;
import vn.lachan.reports.internal.StreetsFigureQueries;
import vn.lachan.reports.internal.TipFigureQueries;
import vn.lachan.reports.internal.periodic.ReportUnits.ReportScope;
import vn.lachan.reports.internal.periodic.ReportUnits.Row;

/**
 * The numbers of one period of a report, by figure id, from the reports module's own
 * rollups (the same queries as the dashboard's): the whole scope's, and each ward's or
 * commune's as {@code id@unitId}. Figures that are states (teams, cameras) are taken on
 * the period's last day.
 */
@Component
class PeriodicReportFigures {

	private final TipFigureQueries tips;

	private final ForcesFigureQueries forces;

	private final CameraFigureQueries cameras;

	private final StreetsFigureQueries streets;

	private final MediationFigureQueries mediation;

	private final ReportsCatalog catalog;

	private final JdbcClient jdbc;

	private final Clock clock;

	PeriodicReportFigures(TipFigureQueries tips, ForcesFigureQueries forces, CameraFigureQueries cameras,
			StreetsFigureQueries streets, MediationFigureQueries mediation, ReportsCatalog catalog, JdbcClient jdbc,
			Clock clock) {
		this.mediation = mediation;
		this.tips = tips;
		this.forces = forces;
		this.cameras = cameras;
		this.streets = streets;
		this.catalog = catalog;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The figures of that period over the scope and each of its rows. */
	Map<String, Long> of(ReportScope scope, ReportPeriod period) {
		Map<String, Long> figures = new LinkedHashMap<>();
		LocalDate on = period.stateOn(LocalDate.now(this.clock));
		add(figures, "", scope.unit().id(), scope.dataUnits(), period, on);
		for (Row row : scope.rows()) {
			add(figures, "@" + row.unitId(), row.unitId(), row.dataUnits(), period, on);
		}
		return figures;
	}

	/** The figures that are not dated (the territory, stays as they stand). */
	Map<String, Long> undated(ReportScope scope) {
		Map<String, Long> figures = new LinkedHashMap<>();
		addUndated(figures, "", scope.dataUnits());
		for (Row row : scope.rows()) {
			addUndated(figures, "@" + row.unitId(), row.dataUnits());
		}
		return figures;
	}

	private void add(Map<String, Long> figures, String suffix, long unitId, Set<Long> units, ReportPeriod period,
			LocalDate on) {
		ForcesFigures teams = this.forces.figures(unitId, units, on);
		for (ForcesFigures.KindFigures kind : teams.kinds()) {
			put(figures, "forces." + kind.kind() + ".teams" + suffix, kind.teams());
			put(figures, "forces." + kind.kind() + ".members" + suffix, kind.members());
		}
		TipStatistics statistics = this.tips.statistics(unitId, units, period.from(), period.to());
		put(figures, "tips.received" + suffix, statistics.received().total());
		for (TipStatistics.OutcomeFigure outcome : statistics.outcomes()) {
			String key = "tips.outcome." + outcome.kind() + "."
					+ ((outcome.offenceCategory() != null) ? outcome.offenceCategory() : "other");
			figures.merge(key + ".cases" + suffix, outcome.cases(), Long::sum);
			figures.merge(key + ".suspects" + suffix, outcome.suspects(), Long::sum);
		}
		CameraFigures standing = this.cameras.figures(unitId, units, on, period.from(), period.to());
		put(figures, "cameras.public" + suffix, standing.publicCameras());
		put(figures, "cameras.private" + suffix, standing.privateCameras());
		put(figures, "cameras.requests" + suffix, standing.requestsSent());
		if (!units.isEmpty()) {
			StreetsFigures violations = this.streets.figures(unitId, units, period.from(), period.to());
			put(figures, "streets.violations" + suffix, violations.total());
			put(figures, "streets.fines-decided" + suffix, violations.decided().count());
			put(figures, "streets.fines-paid" + suffix, violations.paid().count());
			MediationFigures.Counts cases = this.mediation.figures(unitId, units, period.from(), period.to()).total();
			put(figures, "mediation.received" + suffix, cases.received());
			put(figures, "mediation.successful" + suffix, cases.successful());
			put(figures, "mediation.unsuccessful" + suffix, cases.unsuccessful());
			put(figures, "mediation.escalated" + suffix, cases.escalated());
		}
	}

	private void addUndated(Map<String, Long> figures, String suffix, Set<Long> units) {
		TerritoryFigures territory = this.catalog.territoryFigures(units);
		put(figures, "territory.groups" + suffix, territory.residentialGroups());
		put(figures, "territory.households" + suffix, territory.households());
		put(figures, "territory.residents" + suffix, territory.residents());
		if (units.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				SELECT COALESCE(SUM(guests), 0), COALESCE(SUM(guests - departed - purged_present), 0),
				       COALESCE(SUM(foreign_guests), 0), COALESCE(SUM(notifications), 0)
				FROM report_stay_figures WHERE unit_id IN (:units)""")
			.param("units", List.copyOf(units))
			.query((rs) -> {
				put(figures, "stays.guests" + suffix, rs.getLong(1));
				put(figures, "stays.present" + suffix, rs.getLong(2));
				put(figures, "stays.foreign" + suffix, rs.getLong(3));
				put(figures, "stays.notifications" + suffix, rs.getLong(4));
			});
	}

	private static void put(Map<String, Long> figures, String key, long value) {
		if (value != 0 || key.indexOf('@') < 0) {
			figures.put(key, value);
		}
	}

}

package vn.lachan.forces.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.lachan.forces.internal.ImportReport;
import vn.lachan.shared.imports.ProblemLine;

/**
 * What a roster import did, as the page shows it and the API answers it: each problem and
 * warning with its message in the reader's language.
 */
record RosterReport(boolean imported, int rows, int teamsCreated, int teamsUpdated, int membersAdded, int membersLeft,
		int unchanged, List<ProblemLine> problems, List<ProblemLine> warnings) {

	static RosterReport of(ImportReport report, MessageSource messages, Locale locale) {
		return new RosterReport(report.imported(), report.rows(), report.teamsCreated(), report.teamsUpdated(),
				report.membersAdded(), report.membersLeft(), report.unchanged(),
				ProblemLine.of(report.problems(), messages, locale),
				ProblemLine.of(report.warnings(), messages, locale));
	}

}

package vn.lachan.forces.internal;

import java.util.List;

import vn.lachan.shared.imports.RowProblem;

/**
 * What a roster import did, or why it did nothing.
 *
 * @param imported whether anything was written: never when a row has a problem, nor when
 * a rule warning is not confirmed
 * @param rows the rows read
 * @param teamsCreated teams founded
 * @param teamsUpdated teams already recorded whose founding or dissolution date or
 * coverage the file changed
 * @param membersAdded memberships added
 * @param membersLeft open memberships the file gave a leaving date, now closed
 * @param unchanged rows that matched what is already recorded
 * @param problems row problems (the import kit's): nothing is imported while there are
 * any
 * @param warnings broken membership rules, to be confirmed: the message key
 * {@code forces.warning.<rule>} with the rule's threshold as the argument
 */
public record ImportReport(boolean imported, int rows, int teamsCreated, int teamsUpdated, int membersAdded,
		int membersLeft, int unchanged, List<RowProblem> problems, List<RowProblem> warnings) {

	public ImportReport {
		problems = List.copyOf(problems);
		warnings = List.copyOf(warnings);
	}

}

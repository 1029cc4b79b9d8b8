package vn.lachan.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * Teams and members active on a date in a unit and the units below it, by kind of team. A
 * person in several teams of a kind counts once for that kind.
 *
 * @param unitId the unit asked for, {@code null} for every unit
 * @param on the date
 * @param kinds the figures of each kind that has teams
 */
public record ForcesFigures(Long unitId, LocalDate on, List<KindFigures> kinds) {

	public ForcesFigures {
		kinds = List.copyOf(kinds);
	}

	public KindFigures kind(String code) {
		return this.kinds.stream()
			.filter((figures) -> figures.kind().equals(code))
			.findFirst()
			.orElse(new KindFigures(code, code, 0, 0));
	}

	/**
	 * The figures of one kind of team.
	 *
	 * @param kind the kind's code
	 * @param name the kind's name in the caller's language
	 * @param teams active teams
	 * @param members distinct persons with an active membership of an active team
	 */
	public record KindFigures(String kind, String name, long teams, long members) {
	}

}

package vn.lachan.reports.internal.periodic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;
import vn.lachan.territory.AdminLevel;
import vn.lachan.territory.AdminUnitSummary;
import vn.lachan.territory.SuccessionKind;
import vn.lachan.territory.SuccessionSummary;
import vn.lachan.territory.TerritoryCatalog;

/**
 * The units a report is laid on. Records keep the unit they were made in; a report lays
 * them on the wards and communes of a chosen date, following the territory's succession
 * links: forward (a merged or renamed unit's records under the unit it became part of)
 * and backward where it is unambiguous (a unit formed from exactly one earlier unit).
 */
@Component
public class ReportUnits {

	/** Who reads periodic reports: the committee, administrators, ward officers. */
	static final Set<Role> READERS = Set.of(Role.COMMITTEE, Role.ADMIN, Role.WARD_OFFICER);

	private final TerritoryCatalog territory;

	ReportUnits(TerritoryCatalog territory) {
		this.territory = territory;
	}

	/**
	 * The scope of a report of this unit for this caller, on the units of that date.
	 * @throws vn.lachan.shared.NotFoundException when the unit is unknown or outside the
	 * caller's scope
	 */
	public ReportScope scope(CurrentUser user, long unitId, LocalDate on) {
		if (!READERS.contains(user.role())) {
			throw new AccessDeniedException("The periodic report is the committee's and the wards' officers'");
		}
		user.requireUnit(unitId, "unit", unitId);
		AdminUnitSummary unit = this.territory.findUnit(unitId)
			.orElseThrow(() -> new vn.lachan.shared.NotFoundException("unit", unitId));
		Set<Long> data = new TreeSet<>(this.territory.subtreeIds(unitId));
		if (!user.unrestricted()) {
			data.retainAll(user.unitIds());
		}
		Map<Long, AdminUnitSummary> targets = new LinkedHashMap<>();
		Map<Long, Set<Long>> members = new LinkedHashMap<>();
		for (long id : data) {
			Optional<AdminUnitSummary> source = this.territory.findUnit(id);
			if (source.isEmpty() || source.get().level() != AdminLevel.COMMUNE) {
				continue;
			}
			AdminUnitSummary target = on(source.get(), on, new HashSet<>());
			targets.put(target.id(), target);
			members.computeIfAbsent(target.id(), (key) -> new TreeSet<>()).add(id);
		}
		List<Row> rows = new ArrayList<>();
		for (AdminUnitSummary target : targets.values()) {
			rows.add(new Row(target.id(), target.name(), target.code(), Set.copyOf(members.get(target.id())),
					target.validOn(on)));
		}
		rows.sort(Comparator.comparing(Row::code).thenComparing(Row::name));
		return new ReportScope(unit, on, Set.copyOf(data), rows);
	}

	/** The unit that stands for this one on that date, as far as the links tell. */
	AdminUnitSummary on(AdminUnitSummary unit, LocalDate date, Set<Long> seen) {
		if (unit.validOn(date) || !seen.add(unit.id())) {
			return unit;
		}
		List<SuccessionSummary> links = this.territory.successionsOf(unit.id());
		if (unit.validTo() != null && !date.isBefore(unit.validTo())) {
			return links.stream()
				.filter((link) -> link.predecessorId() == unit.id() && link.kind() != SuccessionKind.SPLIT_FROM)
				.findFirst()
				.flatMap((link) -> this.territory.findUnit(link.successorId()))
				.map((successor) -> on(successor, date, seen))
				.orElse(unit);
		}
		List<SuccessionSummary> formedFrom = links.stream()
			.filter((link) -> link.successorId() == unit.id() && link.kind() != SuccessionKind.SPLIT_FROM)
			.toList();
		if (formedFrom.size() == 1) {
			return this.territory.findUnit(formedFrom.get(0).predecessorId())
				.map((predecessor) -> on(predecessor, date, seen))
				.orElse(unit);
		}
		return unit;
	}

	/**
	 * What a report covers.
	 *
	 * @param unit the unit asked for
	 * @param on the date whose units the rows are
	 * @param dataUnits every unit whose records count (the unit's subtree at any date,
	 * within the caller's scope)
	 * @param rows the wards and communes of that date, with the units whose records they
	 * gather
	 */
	public record ReportScope(AdminUnitSummary unit, LocalDate on, Set<Long> dataUnits, List<Row> rows) {
	}

	/**
	 * One ward or commune of a report.
	 *
	 * @param unitId the unit on the report's date
	 * @param name its name
	 * @param code its GSO code
	 * @param dataUnits the units whose records it gathers (itself, or its predecessors)
	 * @param validOn whether it exists on the report's date (otherwise no link tells what
	 * became of it)
	 */
	public record Row(long unitId, String name, String code, Set<Long> dataUnits, boolean validOn) {

		/**
		 * The single unit whose records the row holds, or {@code null} when it gathers
		 * several.
		 */
		public Long singleUnit() {
			return (this.dataUnits.size() == 1) ? this.dataUnits.iterator().next() : null;
		}

	}

}

package vn.lachan.forces.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.forces.TeamKind;
import vn.lachan.forces.internal.RosterFormat.RosterRow;
import vn.lachan.forces.internal.RosterWriter.NewMembership;
import vn.lachan.shared.crypto.FieldEncryptor;
import vn.lachan.shared.imports.ImportTable;
import vn.lachan.shared.imports.RowProblem;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.text.VietnameseText;
import vn.lachan.territory.ResidentialGroupSummary;
import vn.lachan.territory.TerritoryCatalog;

/**
 * Imports a ward's roster. An import is all or nothing: every row is checked first and
 * the report names each bad row and its problem; rows that match what is recorded change
 * nothing, so a file of {@link RosterExport} imports again unchanged.
 */
@Service
public class RosterImport {

	/** Files longer than this are refused as a whole. */
	static final int MAX_ROWS = 5000;

	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu");

	private final TeamRepository teams;

	private final MemberRepository members;

	private final RosterWriter writer;

	private final ForcesManagement management;

	private final TerritoryCatalog territory;

	private final FieldEncryptor encryptor;

	private final Clock clock;

	RosterImport(TeamRepository teams, MemberRepository members, RosterWriter writer, ForcesManagement management,
			TerritoryCatalog territory, FieldEncryptor encryptor, Clock clock) {
		this.teams = teams;
		this.members = members;
		this.writer = writer;
		this.management = management;
		this.territory = territory;
		this.encryptor = encryptor;
		this.clock = clock;
	}

	/** A parsed member row, checked. */
	private record MemberLine(RosterRow row, PersonDetails person, TeamRole role, LocalDate joinedOn,
			LocalDate leftOn) {
	}

	/** A team of the file with its member rows. */
	private static final class TeamBlock {

		final RosterRow first;

		final TeamDetails details;

		final List<MemberLine> members = new ArrayList<>();

		Team existing;

		TeamBlock(RosterRow first, TeamDetails details) {
			this.first = first;
			this.details = details;
		}

	}

	@Transactional
	public ImportReport importRoster(CurrentUser user, long unitId, byte[] content, boolean confirmWarnings) {
		TeamScope.requireManager(user);
		user.requireUnit(unitId, "unit", unitId);
		ImportTable table = RosterFormat.read((content != null) ? content : new byte[0], MAX_ROWS);
		if (!table.readable()) {
			return new ImportReport(false, 0, 0, 0, 0, 0, 0, table.problems(), List.of());
		}
		List<RosterRow> rows = table.rows().stream().map((row) -> RosterFormat.row(table, row)).toList();
		Map<String, Long> groups = new HashMap<>();
		for (ResidentialGroupSummary group : this.territory.groupsOf(unitId)) {
			groups.put(VietnameseText.fold(group.name()), group.id());
		}
		Map<String, TeamKind> kinds = this.teams.kindsByCode();
		List<RowProblem> problems = new ArrayList<>();
		Map<String, TeamBlock> blocks = new LinkedHashMap<>();
		for (RosterRow row : rows) {
			int before = problems.size();
			String kind = row.get(RosterFormat.KIND).toUpperCase(Locale.ROOT);
			if (!kinds.containsKey(kind)) {
				problems
					.add(problem(row.number(), RosterFormat.KIND, "forces.import.kind", row.get(RosterFormat.KIND)));
			}
			String teamName = row.get(RosterFormat.TEAM);
			if (teamName.isEmpty() || teamName.length() > 200) {
				problems.add(problem(row.number(), RosterFormat.TEAM, "forces.import.required", null));
			}
			LocalDate founded = date(row, RosterFormat.FOUNDED, true, problems);
			LocalDate ended = date(row, RosterFormat.ENDED, false, problems);
			Set<Long> coverage = new LinkedHashSet<>();
			for (String name : row.get(RosterFormat.COVERAGE).split(";")) {
				if (!name.isBlank()) {
					Long group = groups.get(VietnameseText.fold(name));
					if (group == null) {
						problems.add(problem(row.number(), RosterFormat.COVERAGE, "forces.import.group", name.strip()));
					}
					else {
						coverage.add(group);
					}
				}
			}
			if (problems.size() > before) {
				continue;
			}
			String key = kind + "|" + VietnameseText.fold(teamName);
			TeamBlock block = blocks.computeIfAbsent(key, (k) -> new TeamBlock(row,
					new TeamDetails(unitId, kind, teamName, coverage, null, founded, ended, null)));
			if (!block.details.foundedOn().equals(founded) || !block.details.groupIds().equals(coverage)) {
				problems
					.add(problem(row.number(), RosterFormat.TEAM, "forces.import.team-differs", block.first.number()));
				continue;
			}
			if (!row.get(RosterFormat.NAME).isEmpty()) {
				MemberLine line = member(row, groups, problems);
				if (line != null) {
					block.members.add(line);
				}
			}
		}
		List<RowProblem> warnings = new ArrayList<>();
		int unchanged = 0;
		List<TeamBlock> newTeams = new ArrayList<>();
		for (TeamBlock block : blocks.values()) {
			block.existing = this.teams.findByName(unitId, block.details.kind(), block.details.name()).orElse(null);
			if (block.existing == null) {
				newTeams.add(block);
			}
		}
		// memberships to add, per block, with their person (existing or new)
		Map<TeamBlock, List<MemberLine>> toAdd = new LinkedHashMap<>();
		Map<String, Long> knownPersons = new HashMap<>();
		Map<Long, LocalDate> toClose = new LinkedHashMap<>();
		for (TeamBlock block : blocks.values()) {
			List<Membership> current = (block.existing != null) ? this.members.membershipsOfTeam(block.existing.id())
					: List.of();
			List<Sex> joining = new ArrayList<>();
			for (MemberLine line : block.members) {
				Optional<Person> person = this.members.findSame(unitId, line.person().fullName(),
						line.person().birthDate(), this.encryptor.blindIndex(line.person().phone()));
				person.ifPresent((p) -> knownPersons.put(identity(line), p.id()));
				boolean recorded = person.isPresent() && current.stream()
					.anyMatch((m) -> m.personId() == person.get().id() && m.joinedOn().equals(line.joinedOn())
							&& java.util.Objects.equals(m.leftOn(), line.leftOn()) && m.role() == line.role());
				if (recorded) {
					unchanged++;
					continue;
				}
				// a leaving date for a membership still open: the member left, nobody
				// joined
				Optional<Membership> open = (line.leftOn() == null) ? Optional.empty()
						: person.flatMap((p) -> current.stream()
							.filter((m) -> m.personId() == p.id() && m.joinedOn().equals(line.joinedOn())
									&& m.leftOn() == null && m.role() == line.role())
							.findFirst());
				if (open.isPresent()) {
					toClose.put(open.get().id(), line.leftOn());
					continue;
				}
				toAdd.computeIfAbsent(block, (b) -> new ArrayList<>()).add(line);
				if (line.leftOn() == null) {
					Team team = (block.existing != null) ? block.existing : new Team(0, unitId, block.details.kind(),
							block.details.name(), null, Set.of(), block.details.foundedOn(), null, null);
					for (RuleWarning warning : this.management.warnings(team, line.person().birthDate(),
							line.person().sex(), line.person().residentSince(), line.joinedOn(), joining)) {
						warnings.add(problem(line.row().number(), null, warning.messageKey(), warning.threshold()));
					}
					joining.add(line.person().sex());
				}
			}
		}
		boolean blocked = !problems.isEmpty() || (!warnings.isEmpty() && !confirmWarnings);
		if (blocked) {
			return new ImportReport(false, rows.size(), 0, 0, 0, 0, 0, problems, warnings);
		}
		List<Long> newIds = this.writer.insertTeams(newTeams.stream().map((block) -> block.details).toList());
		Map<TeamBlock, Long> teamIds = new HashMap<>();
		for (int i = 0; i < newTeams.size(); i++) {
			teamIds.put(newTeams.get(i), newIds.get(i));
		}
		blocks.values().stream().filter((b) -> b.existing != null).forEach((b) -> teamIds.put(b, b.existing.id()));
		Map<String, MemberLine> newPeople = new LinkedHashMap<>();
		toAdd.values()
			.forEach((lines) -> lines.stream()
				.filter((l) -> !knownPersons.containsKey(identity(l)))
				.forEach((l) -> newPeople.putIfAbsent(identity(l), l)));
		List<String> newKeys = List.copyOf(newPeople.keySet());
		List<Long> personIds = this.writer.insertPersons(unitId,
				newPeople.values().stream().map(MemberLine::person).toList());
		for (int i = 0; i < newKeys.size(); i++) {
			knownPersons.put(newKeys.get(i), personIds.get(i));
		}
		List<NewMembership> memberships = new ArrayList<>();
		toAdd.forEach((block, lines) -> lines.forEach((line) -> memberships.add(new NewMembership(teamIds.get(block),
				knownPersons.get(identity(line)), line.role(), line.joinedOn(), line.leftOn()))));
		this.writer.insertMemberships(memberships);
		// a team already recorded takes the file's founding and dissolution dates and
		// coverage
		List<Team> updated = new ArrayList<>();
		for (TeamBlock block : blocks.values()) {
			Team existing = block.existing;
			if (existing != null && changed(existing, block.details)) {
				this.teams.update(existing.id(),
						new TeamDetails(existing.unitId(), existing.kind(), existing.name(), block.details.groupIds(),
								existing.areaOfficerId(), block.details.foundedOn(), block.details.endedOn(),
								existing.notes()));
				updated.add(this.teams.find(existing.id()).orElseThrow());
			}
		}
		this.writer.teamsChanged(updated);
		List<Membership> left = new ArrayList<>();
		toClose.forEach((membershipId, leftOn) -> {
			this.members.leave(membershipId, leftOn);
			left.add(this.members.findMembership(membershipId).orElseThrow());
		});
		if (!left.isEmpty()) {
			this.management.publish(left);
		}
		if (!warnings.isEmpty()) {
			List<RuleWarning> confirmed = warnings.stream()
				.map((w) -> new RuleWarning(w.messageKey().substring("forces.warning.".length()),
						Integer.parseInt(w.arguments().get(0))))
				.distinct()
				.toList();
			for (Long teamId : new LinkedHashSet<>(teamIds.values())) {
				this.members.recordConfirmation(teamId, null, confirmed, user.accountId(), user.displayName(),
						this.clock.instant());
			}
		}
		return new ImportReport(true, rows.size(), newTeams.size(), updated.size(), memberships.size(), left.size(),
				unchanged, List.of(), warnings);
	}

	private static boolean changed(Team existing, TeamDetails file) {
		return !java.util.Objects.equals(existing.foundedOn(), file.foundedOn())
				|| !java.util.Objects.equals(existing.endedOn(), file.endedOn())
				|| !existing.groupIds().equals(file.groupIds());
	}

	private MemberLine member(RosterRow row, Map<String, Long> groups, List<RowProblem> problems) {
		int before = problems.size();
		String name = row.get(RosterFormat.NAME);
		if (name.length() > 200) {
			problems.add(problem(row.number(), RosterFormat.NAME, "forces.import.too-long", 200));
		}
		LocalDate birth = date(row, RosterFormat.BIRTH, false, problems);
		if (birth != null && birth.isAfter(LocalDate.now(this.clock))) {
			problems.add(problem(row.number(), RosterFormat.BIRTH, "forces.error.birth-date", null));
		}
		Sex sex = switch (VietnameseText.fold(row.get(RosterFormat.SEX))) {
			case "nu", "female", "f" -> Sex.FEMALE;
			case "nam", "male", "m" -> Sex.MALE;
			default -> null;
		};
		if (sex == null) {
			problems.add(problem(row.number(), RosterFormat.SEX, "forces.import.sex", row.get(RosterFormat.SEX)));
		}
		String phone = row.get(RosterFormat.PHONE);
		if (!phone.isEmpty() && !phone.matches("\\+?[0-9 .]{8,15}")) {
			problems.add(problem(row.number(), RosterFormat.PHONE, "forces.error.phone", null));
		}
		Long group = null;
		if (!row.get(RosterFormat.GROUP).isEmpty()) {
			group = groups.get(VietnameseText.fold(row.get(RosterFormat.GROUP)));
			if (group == null) {
				problems
					.add(problem(row.number(), RosterFormat.GROUP, "forces.import.group", row.get(RosterFormat.GROUP)));
			}
		}
		LocalDate since = date(row, RosterFormat.RESIDENT_SINCE, false, problems);
		TeamRole role = role(row.get(RosterFormat.ROLE));
		if (role == null) {
			problems.add(problem(row.number(), RosterFormat.ROLE, "forces.import.role", row.get(RosterFormat.ROLE)));
		}
		LocalDate joined = date(row, RosterFormat.JOINED, true, problems);
		LocalDate left = date(row, RosterFormat.LEFT, false, problems);
		if (joined != null && left != null && !left.isAfter(joined)) {
			problems.add(problem(row.number(), RosterFormat.LEFT, "forces.error.left", null));
		}
		if (problems.size() > before) {
			return null;
		}
		String address = row.get(RosterFormat.ADDRESS);
		return new MemberLine(row, new PersonDetails(name, birth, sex, phone.isEmpty() ? null : phone,
				address.isEmpty() ? null : address, group, since, null), role, joined, left);
	}

	/** The same person: same name, date of birth and phone. */
	private static String identity(MemberLine line) {
		return VietnameseText.fold(line.person().fullName()) + "|" + line.person().birthDate() + "|"
				+ ((line.person().phone() != null) ? line.person().phone().replaceAll("\\s+", "") : "");
	}

	static TeamRole role(String text) {
		return switch (VietnameseText.fold(text)) {
			case "to truong", "leader" -> TeamRole.LEADER;
			case "to pho", "deputy" -> TeamRole.DEPUTY;
			case "to vien", "thanh vien", "member", "" -> TeamRole.MEMBER;
			default -> null;
		};
	}

	private LocalDate date(RosterRow row, int column, boolean required, List<RowProblem> problems) {
		String text = row.get(column);
		if (text.isEmpty()) {
			if (required) {
				problems.add(problem(row.number(), column, "forces.import.required", null));
			}
			return null;
		}
		try {
			return text.contains("/") ? LocalDate.parse(text, DAY_MONTH_YEAR) : LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			problems.add(problem(row.number(), column, "forces.import.date", text));
			return null;
		}
	}

	private static RowProblem problem(int row, Integer column, String code, Object argument) {
		return new RowProblem(row, (column != null) ? RosterFormat.COLUMNS.get(column) : "", code,
				(argument != null) ? List.of(String.valueOf(argument)) : List.of());
	}

}

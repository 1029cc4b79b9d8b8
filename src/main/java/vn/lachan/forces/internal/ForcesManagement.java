package vn.lachan.forces.internal;

import vn.lachan.forces.TeamKind;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.access.AccessCatalog;
import vn.lachan.access.AccountSummary;
import vn.lachan.access.AuditTrail;
import vn.lachan.forces.MembershipsChanged;
import vn.lachan.forces.MembershipsChanged.MembershipLine;
import vn.lachan.forces.TeamsChanged;
import vn.lachan.shared.ConflictException;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.InvalidInputException.FieldProblem;
import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.crypto.FieldEncryptor;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;
import vn.lachan.territory.AdminLevel;
import vn.lachan.territory.AdminUnitSummary;
import vn.lachan.territory.ResidentialGroupSummary;
import vn.lachan.territory.TerritoryCatalog;

/**
 * Teams and their members: founding and changing teams, joining and leaving with the
 * membership rules, personal details read under audit. Every method takes the caller and
 * honours their scope.
 */
@Service
@Transactional
public class ForcesManagement {

	private final TeamRepository teams;

	private final MemberRepository members;

	private final TeamScope scope;

	private final TerritoryCatalog territory;

	private final AccessCatalog access;

	private final AuditTrail audit;

	private final FieldEncryptor encryptor;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ForcesManagement(TeamRepository teams, MemberRepository members, TeamScope scope, TerritoryCatalog territory,
			AccessCatalog access, AuditTrail audit, FieldEncryptor encryptor, ApplicationEventPublisher events,
			Clock clock) {
		this.teams = teams;
		this.members = members;
		this.scope = scope;
		this.territory = territory;
		this.access = access;
		this.audit = audit;
		this.encryptor = encryptor;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<TeamKind> kinds() {
		return this.teams.kinds();
	}

	/** Adds a kind of team (administrators only). */
	public TeamKind addKind(CurrentUser user, TeamKind kind) {
		if (!user.hasRole(Role.ADMIN)) {
			throw new org.springframework.security.access.AccessDeniedException("Only administrators add kinds");
		}
		if (this.teams.kindsByCode().containsKey(kind.code())) {
			throw new ConflictException("duplicate", "Kind exists");
		}
		this.teams.addKind(kind);
		return kind;
	}

	@Transactional(readOnly = true)
	public Team team(CurrentUser user, long teamId) {
		Team team = this.teams.find(teamId).orElseThrow(() -> NotFoundException.of("team", teamId));
		this.scope.requireSee(user, team);
		return team;
	}

	@Transactional(readOnly = true)
	public PageResult<Team> teams(CurrentUser user, TeamQuery query, PageQuery page) {
		Set<Long> units = user.unrestricted() ? null : user.unitIds();
		if (query.unitId() != null) {
			user.requireUnit(query.unitId(), "unit", query.unitId());
			Set<Long> subtree = new java.util.HashSet<>(this.territory.subtreeIds(query.unitId()));
			if (units != null) {
				subtree.retainAll(units);
			}
			units = subtree;
		}
		Map<String, Object> params = new HashMap<>();
		String visibility = this.scope.visibility(user, params);
		return this.teams.search(query, units, visibility, params, page);
	}

	public Team createTeam(CurrentUser user, TeamDetails details) {
		TeamScope.requireManager(user);
		user.requireUnit(details.unitId(), "unit", details.unitId());
		validate(details);
		long id = this.teams.insert(details);
		Team team = this.teams.find(id).orElseThrow();
		this.events.publishEvent(new TeamsChanged(List.of(team.line())));
		return team;
	}

	public Team updateTeam(CurrentUser user, long teamId, TeamDetails details) {
		Team existing = team(user, teamId);
		this.scope.requireManage(user, existing);
		if (details.unitId() != existing.unitId()) {
			throw new InvalidInputException(List.of(new FieldProblem("unitId", "unit", "forces.error.unit-changed")));
		}
		validate(details);
		this.teams.update(teamId, details);
		Team team = this.teams.find(teamId).orElseThrow();
		this.events.publishEvent(new TeamsChanged(List.of(team.line())));
		return team;
	}

	void validate(TeamDetails details) {
		List<FieldProblem> problems = new ArrayList<>();
		if (!this.teams.kindsByCode().containsKey(details.kind())) {
			problems.add(new FieldProblem("kind", "unknown", "forces.error.kind"));
		}
		if (details.name() == null || details.name().isBlank()) {
			problems.add(new FieldProblem("name", "NotBlank", "forces.error.name"));
		}
		Optional<AdminUnitSummary> unit = this.territory.findUnit(details.unitId());
		if (unit.isEmpty() || unit.get().level() != AdminLevel.COMMUNE) {
			problems.add(new FieldProblem("unitId", "unit", "forces.error.unit"));
		}
		for (Long groupId : details.groupIds()) {
			Optional<ResidentialGroupSummary> group = this.territory.findGroup(groupId);
			if (group.isEmpty() || group.get().unitId() != details.unitId()) {
				problems.add(new FieldProblem("groupIds", "group", "forces.error.group"));
				break;
			}
		}
		if (details.areaOfficerId() != null) {
			Optional<AccountSummary> officer = this.access.findAccount(details.areaOfficerId());
			if (officer.isEmpty() || officer.get().role() != Role.AREA_OFFICER
					|| !Long.valueOf(details.unitId()).equals(officer.get().unitId())) {
				problems.add(new FieldProblem("areaOfficerId", "officer", "forces.error.officer"));
			}
		}
		if (details.foundedOn() == null) {
			problems.add(new FieldProblem("foundedOn", "NotNull", "forces.error.founded"));
		}
		else if (details.endedOn() != null && !details.endedOn().isAfter(details.foundedOn())) {
			problems.add(new FieldProblem("endedOn", "order", "forces.error.ended"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	/** The area police officers a team of this unit may work with. */
	@Transactional(readOnly = true)
	public List<AccountSummary> areaOfficers(long unitId) {
		return this.access.accountsOf(Role.AREA_OFFICER, unitId);
	}

	@Transactional(readOnly = true)
	public List<Membership> members(CurrentUser user, long teamId) {
		team(user, teamId);
		return this.members.membershipsOfTeam(teamId);
	}

	/** One page of a team's roster, former members included, leaders first. */
	@Transactional(readOnly = true)
	public PageResult<Membership> members(CurrentUser user, long teamId, PageQuery page) {
		team(user, teamId);
		return this.members.membershipsOfTeam(teamId, page);
	}

	/** A mediation team with too few mediators or no woman, today. */

	@Transactional(readOnly = true)
	public List<RuleWarning> compositionWarnings(Team team) {
		LocalDate today = LocalDate.now(this.clock);
		List<Sex> sexes = this.members.membershipsOfTeam(team.id())
			.stream()
			.filter((membership) -> membership.activeOn(today))
			.map(Membership::sex)
			.toList();
		return MembershipPolicy.compositionWarnings(this.teams.rules(team.kind()), today, sexes);
	}

	@Transactional(readOnly = true)
	public List<RuleConfirmation> confirmations(CurrentUser user, long teamId) {
		team(user, teamId);
		return this.members.confirmations(teamId);
	}

	/** The warnings a person joining a team would raise, without saving anything. */
	@Transactional(readOnly = true)
	public List<RuleWarning> warnings(Team team, LocalDate birthDate, Sex sex, LocalDate residentSince,
			LocalDate joinedOn, List<Sex> alsoJoining) {
		List<Sex> after = new ArrayList<>(this.members.membershipsOfTeam(team.id())
			.stream()
			.filter((membership) -> membership.activeOn(joinedOn))
			.map(Membership::sex)
			.toList());
		after.addAll(alsoJoining);
		after.add(sex);
		return MembershipPolicy.warnings(this.teams.rules(team.kind()), birthDate, residentSince, joinedOn, after);
	}

	/**
	 * A person joins a team. Broken membership rules are warnings: without the officer's
	 * confirmation nothing is saved; with it, the confirmation is recorded with who gave
	 * it.
	 */
	public Membership addMember(CurrentUser user, long teamId, NewMember member) {
		Team team = team(user, teamId);
		this.scope.requireManage(user, team);
		Person existing = null;
		if (member.personId() != null) {
			existing = this.members.findPerson(member.personId())
				.filter((person) -> person.unitId() == team.unitId())
				.orElseThrow(() -> NotFoundException.of("member", member.personId()));
		}
		else {
			validate(team, member.person());
		}
		if (member.joinedOn() == null || (team.endedOn() != null && !member.joinedOn().isBefore(team.endedOn()))) {
			throw new InvalidInputException(List.of(new FieldProblem("joinedOn", "joinedOn", "forces.error.joined")));
		}
		if (existing != null) {
			long personId = existing.id();
			boolean already = this.members.membershipsOfTeam(teamId)
				.stream()
				.anyMatch((m) -> m.personId() == personId && m.leftOn() == null);
			if (already) {
				throw new ConflictException("already-member", "Already a member");
			}
		}
		LocalDate birth = (existing != null) ? existing.birthDate() : member.person().birthDate();
		Sex sex = (existing != null) ? existing.sex() : member.person().sex();
		LocalDate since = (existing != null) ? existing.residentSince() : member.person().residentSince();
		List<RuleWarning> warnings = warnings(team, birth, sex, since, member.joinedOn(), List.of());
		if (!warnings.isEmpty() && !member.confirmWarnings()) {
			throw new MembershipWarningsException(warnings);
		}
		long personId = (existing != null) ? existing.id() : insertPerson(team.unitId(), member.person());
		long membershipId = this.members.insertMembership(teamId, personId, member.role(), member.joinedOn(), null);
		if (!warnings.isEmpty()) {
			this.members.recordConfirmation(teamId, membershipId, warnings, user.accountId(), user.displayName(),
					this.clock.instant());
		}
		Membership membership = this.members.findMembership(membershipId).orElseThrow();
		publish(List.of(membership));
		return membership;
	}

	long insertPerson(long unitId, PersonDetails person) {
		String phone = (person.phone() != null && !person.phone().isBlank()) ? person.phone().strip() : null;
		return this.members.insertPerson(unitId, person, this.encryptor.encrypt(phone),
				this.encryptor.blindIndex(phone));
	}

	void validate(Team team, PersonDetails person) {
		List<FieldProblem> problems = new ArrayList<>();
		if (person == null || person.fullName() == null || person.fullName().isBlank()) {
			problems.add(new FieldProblem("fullName", "NotBlank", "forces.error.full-name"));
		}
		if (person != null && person.sex() == null) {
			problems.add(new FieldProblem("sex", "NotNull", "forces.error.sex"));
		}
		if (person != null && person.birthDate() != null && person.birthDate().isAfter(LocalDate.now(this.clock))) {
			problems.add(new FieldProblem("birthDate", "Past", "forces.error.birth-date"));
		}
		if (person != null && person.phone() != null && !person.phone().isBlank()
				&& !person.phone().strip().matches("\\+?[0-9 .]{8,15}")) {
			problems.add(new FieldProblem("phone", "Pattern", "forces.error.phone"));
		}
		if (person != null && person.accountId() != null) {
			Optional<AccountSummary> account = this.access.findAccount(person.accountId());
			boolean fits = account.isPresent()
					&& (account.get().role() == Role.FORCE_MEMBER || account.get().role() == Role.MEDIATOR)
					&& Long.valueOf(team.unitId()).equals(account.get().unitId());
			if (!fits) {
				problems.add(new FieldProblem("accountId", "account", "forces.error.account"));
			}
		}
		if (person != null && person.groupId() != null) {
			Optional<ResidentialGroupSummary> group = this.territory.findGroup(person.groupId());
			if (group.isEmpty() || group.get().unitId() != team.unitId()) {
				problems.add(new FieldProblem("groupId", "group", "forces.error.group"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	/** A member leaves the team; the membership is kept as history. */
	public Membership leave(CurrentUser user, long teamId, long membershipId, LocalDate leftOn) {
		Team team = team(user, teamId);
		this.scope.requireManage(user, team);
		Membership membership = this.members.findMembership(membershipId)
			.filter((m) -> m.teamId() == teamId)
			.orElseThrow(() -> NotFoundException.of("membership", membershipId));
		if (membership.leftOn() != null) {
			throw new ConflictException("already-left", "Already left");
		}
		if (leftOn == null || !leftOn.isAfter(membership.joinedOn())) {
			throw new InvalidInputException(List.of(new FieldProblem("leftOn", "leftOn", "forces.error.left")));
		}
		this.members.leave(membershipId, leftOn);
		Membership left = this.members.findMembership(membershipId).orElseThrow();
		publish(List.of(left));
		return left;
	}

	void publish(List<Membership> memberships) {
		this.events.publishEvent(new MembershipsChanged(memberships.stream()
			.map((m) -> new MembershipLine(m.id(), m.teamId(), m.personId(), m.joinedOn(), m.leftOn()))
			.toList()));
	}

	/** A person's record without personal details: name, teams, trainings. */
	@Transactional(readOnly = true)
	public Person person(CurrentUser user, long personId) {
		Person person = this.members.findPerson(personId).orElseThrow(() -> NotFoundException.of("member", personId));
		this.scope.requirePerson(user, person);
		return person;
	}

	@Transactional(readOnly = true)
	public List<Membership> membershipsOf(CurrentUser user, long personId) {
		person(user, personId);
		return this.members.membershipsOfPerson(personId);
	}

	@Transactional(readOnly = true)
	public List<Training> trainings(CurrentUser user, long personId) {
		person(user, personId);
		return this.members.trainings(personId);
	}

	public Training addTraining(CurrentUser user, long personId, String title, LocalDate completedOn) {
		person(user, personId);
		TeamScope.requireManager(user);
		List<FieldProblem> problems = new ArrayList<>();
		if (title == null || title.isBlank()) {
			problems.add(new FieldProblem("title", "NotBlank", "forces.error.training-title"));
		}
		if (completedOn == null || completedOn.isAfter(LocalDate.now(this.clock))) {
			problems.add(new FieldProblem("completedOn", "completedOn", "forces.error.training-date"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		long id = this.members.addTraining(personId, title, completedOn);
		return new Training(id, personId, title.strip(), completedOn);
	}

	/**
	 * A person's personal details, decrypted. The read is written to the audit trail with
	 * the purpose stated; without a purpose nothing is shown.
	 */
	public PersonalDetails personalDetails(CurrentUser user, long personId, String purpose) {
		Person person = person(user, personId);
		if (purpose == null || purpose.isBlank()) {
			throw new InvalidInputException(List.of(new FieldProblem("purpose", "NotBlank", "forces.error.purpose")));
		}
		this.audit.personalDataRead(user, "forces-member", personId, person.unitId(), purpose.strip());
		return new PersonalDetails(person.id(), person.fullName(), person.birthDate(), person.sex(),
				this.encryptor.decrypt(person.phoneEncrypted()), person.address(), person.groupId(),
				person.residentSince(), person.accountId());
	}

}

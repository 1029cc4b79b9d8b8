package vn.lachan.mediation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.access.AuditTrail;
import vn.lachan.forces.ForcesCatalog;
import vn.lachan.forces.TeamMember;
import vn.lachan.forces.TeamSummary;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.InvalidInputException.FieldProblem;
import vn.lachan.shared.security.CurrentUser;

/**
 * The register of a unit's mediation (the Ministry of Justice's sổ theo dõi): the cases
 * received in a period that the user sees, with their parties. The register names the
 * parties, so each case's party read is audited with the register's purpose.
 */
@Service
@Transactional(readOnly = true)
public class CaseRegister {

	/** The purpose written to the access log for every case in an exported register. */
	public static final String PURPOSE = "Sổ theo dõi hoạt động hòa giải ở cơ sở";

	private final MediationManagement management;

	private final CaseQueries queries;

	private final ForcesCatalog forces;

	private final AuditTrail audit;

	CaseRegister(MediationManagement management, CaseQueries queries, ForcesCatalog forces, AuditTrail audit) {
		this.management = management;
		this.queries = queries;
		this.forces = forces;
		this.audit = audit;
	}

	public List<RegisterEntry> entries(CurrentUser user, long unitId, LocalDate from, LocalDate to) {
		Set<Long> teams = this.management.visibleTeams(user, unitId);
		if (from == null || to == null || to.isBefore(from)) {
			throw new InvalidInputException(List.of(new FieldProblem("to", "before-from", "mediation.error.period")));
		}
		Map<Long, Map<Long, String>> names = new HashMap<>();
		List<RegisterEntry> entries = new ArrayList<>();
		for (MediationCase found : this.queries.received(unitId, teams, from, to)) {
			Map<Long, String> team = names.computeIfAbsent(found.teamId(), this::mediatorNames);
			this.audit.personalDataRead(user, "mediation-party", found.id(), found.unitId(), PURPOSE);
			entries.add(new RegisterEntry(entries.size() + 1, found,
					found.mediatorIds().stream().map((id) -> team.getOrDefault(id, "")).toList(),
					this.queries.parties(found.id()), this.queries.agreement(found.id(), true).orElse(null)));
		}
		return entries;
	}

	/**
	 * The mediation teams a register covers, for its header: the teams of its cases, or
	 * the unit's teams the user sees when it has none.
	 */
	public List<String> teamNames(CurrentUser user, long unitId, List<RegisterEntry> entries) {
		if (entries.isEmpty()) {
			return this.management.teams(user, unitId).stream().map(TeamSummary::name).toList();
		}
		return entries.stream()
			.map((entry) -> entry.mediationCase().teamId())
			.distinct()
			.map((id) -> this.forces.findTeam(id).map(TeamSummary::name).orElse(""))
			.filter((name) -> !name.isEmpty())
			.sorted()
			.toList();
	}

	private Map<Long, String> mediatorNames(long teamId) {
		Map<Long, String> names = new HashMap<>();
		for (TeamMember member : this.forces.activeMembers(teamId)) {
			names.put(member.personId(), member.fullName());
		}
		return names;
	}

}

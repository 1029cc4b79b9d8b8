package vn.lachan.mediation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.access.AuditTrail;
import vn.lachan.forces.ForcesCatalog;
import vn.lachan.forces.TeamKind;
import vn.lachan.forces.TeamMember;
import vn.lachan.forces.TeamSummary;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.InvalidInputException.FieldProblem;
import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.RuleViolationException;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;
import vn.lachan.tips.OpenedTip;
import vn.lachan.tips.TipLink;
import vn.lachan.tips.TipOpening;
import vn.lachan.tips.TipsCatalog;

/**
 * Grassroots mediation cases. A case's content is confidential: its team's mediators and
 * the ward's officers see it, everyone else gets 404.
 */
@Service
@Transactional
public class MediationManagement {

	static final String RESOURCE = "mediation-case";

	private final CaseWrites writes;

	private final CaseQueries queries;

	private final ForcesCatalog forces;

	private final TipsCatalog tips;

	private final AuditTrail audit;

	private final Clock clock;

	private final TeamCompositionPolicy composition = new TeamCompositionPolicy();

	private final MediatorPolicy mediatorPolicy = new MediatorPolicy();

	private final MediableMatterPolicy matterPolicy = new MediableMatterPolicy();

	MediationManagement(CaseWrites writes, CaseQueries queries, ForcesCatalog forces, TipsCatalog tips,
			AuditTrail audit, Clock clock) {
		this.writes = writes;
		this.queries = queries;
		this.forces = forces;
		this.tips = tips;
		this.audit = audit;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(vn.lachan.shared.time.VietnamTime.ZONE));
	}

	/** The mediation teams of a unit the user may open cases for. */
	@Transactional(readOnly = true)
	public List<TeamSummary> teams(CurrentUser user, long unitId) {
		user.requireUnit(unitId, "unit", unitId);
		Set<Long> own = (user.role() == Role.MEDIATOR) ? this.forces.teamsOfMember(user.accountId()) : null;
		return this.forces.teamsOf(unitId)
			.stream()
			.filter((team) -> TeamKind.MEDIATION.equals(team.kind()))
			.filter((team) -> own == null || own.contains(team.id()))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<TeamMember> mediators(CurrentUser user, long teamId) {
		TeamSummary team = mediationTeam(user, teamId, "teamId");
		return this.forces.activeMembers(team.id());
	}

	public long open(CurrentUser user, CaseOpening opening) {
		user.requireUnit(opening.unitId(), "unit", opening.unitId());
		List<FieldProblem> problems = new ArrayList<>();
		if (opening.summary() == null || opening.summary().isBlank()) {
			problems.add(new FieldProblem("summary", "NotBlank", "mediation.error.summary-required"));
		}
		else if (opening.summary().length() > Commands.SUMMARY_MAX) {
			problems.add(new FieldProblem("summary", "Size", "mediation.error.summary-too-long"));
		}
		if (opening.parties().stream().noneMatch((party) -> !party.invited())) {
			problems.add(new FieldProblem("parties", "NotEmpty", "mediation.error.parties-required"));
		}
		if (opening.receivedOn().isAfter(today())) {
			problems.add(new FieldProblem("receivedOn", "future", "mediation.error.received-in-future"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		refuseIfNot(this.matterPolicy.check(opening.kind()));
		TeamSummary team = mediationTeam(user, opening.teamId(), "teamId");
		if (team.unitId() != opening.unitId()) {
			throw new InvalidInputException(
					List.of(new FieldProblem("teamId", "other-unit", "mediation.error.team-other-unit")));
		}
		List<TeamMember> members = this.forces.activeMembers(team.id());
		refuseIfNot(this.composition.check(members));
		Verdict mediators = this.mediatorPolicy.check(members, opening.mediatorIds(), opening.relatedMediatorIds());
		if (!mediators.allowed()) {
			throw new InvalidInputException(
					List.of(new FieldProblem("mediatorIds", mediators.reason(), "problem." + mediators.reason())));
		}
		return this.writes.insertCase(opening, Instant.now(this.clock), user.accountId());
	}

	@Transactional(readOnly = true)
	public MediationCase mediationCase(CurrentUser user, long id) {
		MediationCase found = this.queries.find(id).orElseThrow(() -> NotFoundException.of(RESOURCE, id));
		requireAccess(user, found);
		return found;
	}

	@Transactional(readOnly = true)
	public PageResult<MediationCase> cases(CurrentUser user, long unitId, String status, String q, PageQuery page) {
		return this.queries.search(unitId, visibleTeams(user, unitId), status, q, page);
	}

	/**
	 * The teams whose cases of the unit the user sees: a mediator's own teams,
	 * {@code null} (all) for the ward's officers; anyone else gets 404.
	 */
	Set<Long> visibleTeams(CurrentUser user, long unitId) {
		user.requireUnit(unitId, "unit", unitId);
		if (user.role() == Role.MEDIATOR) {
			return this.forces.teamsOfMember(user.accountId());
		}
		if (!officer(user)) {
			throw NotFoundException.of("unit", unitId);
		}
		return null;
	}

	/** The parties' details: every read is audited with its purpose. */
	@Transactional(readOnly = true)
	public List<Party> parties(CurrentUser user, long id, String purpose) {
		MediationCase found = mediationCase(user, id);
		this.audit.personalDataRead(user, "mediation-party", id, found.unitId(), purpose);
		return this.queries.parties(id);
	}

	/**
	 * One page of a case's parties; the read is audited as
	 * {@link #parties(CurrentUser, long, String)}.
	 */
	@Transactional(readOnly = true)
	public PageResult<Party> parties(CurrentUser user, long id, String purpose, PageQuery page) {
		MediationCase found = mediationCase(user, id);
		this.audit.personalDataRead(user, "mediation-party", id, found.unitId(), purpose);
		return this.queries.parties(id, page);
	}

	/** A case's written agreement without part b, which names the parties. */
	@Transactional(readOnly = true)
	public java.util.Optional<AgreementParts> agreement(CurrentUser user, long id) {
		mediationCase(user, id);
		return this.queries.agreement(id, false);
	}

	/**
	 * Part b of a case's written agreement, the parties: the read is audited with its
	 * purpose.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<String> agreementParties(CurrentUser user, long id, String purpose) {
		MediationCase found = mediationCase(user, id);
		java.util.Optional<String> parties = this.queries.agreement(id, true).map(AgreementParts::parties);
		if (parties.isPresent()) {
			this.audit.personalDataRead(user, "mediation-agreement", id, found.unitId(), purpose);
		}
		return parties;
	}

	public long recordSession(CurrentUser user, long id, SessionDetails session) {
		MediationCase found = mediationCase(user, id);
		found.checkSession(session, today());
		return this.writes.insertSession(found.facts(), session);
	}

	public void conclude(CurrentUser user, long id, CaseOutcome outcome) {
		MediationCase found = mediationCase(user, id);
		found.checkOutcome(outcome);
		this.writes.close(found.facts(), outcome);
	}

	/**
	 * Records a check of how the parties carry out a successful mediation's agreement.
	 */
	public long followUp(CurrentUser user, long id, FollowUp followUp) {
		MediationCase found = mediationCase(user, id);
		found.checkFollowUp(followUp, today());
		return this.writes.insertFollowUp(id, followUp, user.accountId(), Instant.now(this.clock));
	}

	@Transactional(readOnly = true)
	public List<FollowUp> followUps(CurrentUser user, long id) {
		mediationCase(user, id);
		return this.queries.followUps(id);
	}

	@Transactional(readOnly = true)
	public PageResult<FollowUp> followUps(CurrentUser user, long id, PageQuery page) {
		mediationCase(user, id);
		return this.queries.followUps(id, page);
	}

	/**
	 * Opens a tip for a case where violence threatens or a violation appears; links both.
	 */

	public OpenedTip escalate(CurrentUser user, long id, Escalation escalation) {
		MediationCase found = mediationCase(user, id);
		found.checkEscalation();
		TipLink source = new TipLink("mediation", "case", id);
		OpenedTip tip = this.tips.open(user, new TipOpening(found.unitId(), null, escalation.categoryCode(),
				escalation.description(), null, null, null, Instant.now(this.clock), escalation.urgent(), source));
		this.writes.linkTip(found.facts(), tip.tipId(), today());
		return tip;
	}

	private TeamSummary mediationTeam(CurrentUser user, long teamId, String field) {
		TeamSummary team = this.forces.findTeam(teamId)
			.filter((candidate) -> TeamKind.MEDIATION.equals(candidate.kind()))
			.orElseThrow(() -> new InvalidInputException(
					List.of(new FieldProblem(field, "not-mediation-team", "mediation.error.not-mediation-team"))));
		user.requireUnit(team.unitId(), "team", teamId);
		if (user.role() == Role.MEDIATOR && !this.forces.teamsOfMember(user.accountId()).contains(teamId)) {
			throw NotFoundException.of("team", teamId);
		}
		return team;
	}

	private void requireAccess(CurrentUser user, MediationCase found) {
		user.requireUnit(found.unitId(), RESOURCE, found.id());
		boolean allowed = (user.role() == Role.MEDIATOR)
				? this.forces.teamsOfMember(user.accountId()).contains(found.teamId()) : officer(user);
		if (!allowed) {
			throw NotFoundException.of(RESOURCE, found.id());
		}
	}

	private static boolean officer(CurrentUser user) {
		return user.unrestricted() || user.role() == Role.WARD_OFFICER || user.role() == Role.COMMITTEE;
	}

	private static void refuseIfNot(Verdict verdict) {
		if (!verdict.allowed()) {
			throw new RuleViolationException(verdict.reason(), verdict.reason());
		}
	}

}

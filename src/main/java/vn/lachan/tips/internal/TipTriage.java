package vn.lachan.tips.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.access.AccessCatalog;
import vn.lachan.access.AccountSummary;
import vn.lachan.access.AuditTrail;
import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.RuleViolationException;
import vn.lachan.shared.crypto.FieldEncryptor;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;

/**
 * What the ward does with a tip: assign, verify, resolve, reject, transfer, merge, ask
 * the reporter, and what the reporter answers.
 */
@Service
@Transactional
public class TipTriage {

	private final TipRepository tips;

	private final AccessCatalog accounts;

	private final TipTeams teams;

	private final DeadlineRules deadlines;

	private final FieldEncryptor encryptor;

	private final AuditTrail audit;

	private final Clock clock;

	TipTriage(TipRepository tips, AccessCatalog accounts, TipTeams teams, DeadlineRules deadlines,
			FieldEncryptor encryptor, AuditTrail audit, Clock clock) {
		this.tips = tips;
		this.accounts = accounts;
		this.teams = teams;
		this.deadlines = deadlines;
		this.encryptor = encryptor;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Tip find(CurrentUser user, long id) {
		Tip tip = this.tips.findById(id).orElseThrow(() -> NotFoundException.of("tip", id));
		if (!TipAccess.canSee(user, tip, this.teams.memberOf(user))) {
			throw NotFoundException.of("tip", id);
		}
		return tip;
	}

	/**
	 * Whether this person may work on the tip: its ward's officers, its assignee, its
	 * team.
	 */
	public boolean canWork(CurrentUser user, Tip tip) {
		return TipAccess.canWork(user, tip, this.teams.memberOf(user));
	}

	/**
	 * Assigns to an area or ward officer of the tip's ward, or to a team (see
	 * {@link TipTeams}).
	 */
	public Tip assign(CurrentUser user, long id, Long accountId, Long teamId) {
		Tip tip = triageable(user, id);
		String name;
		if (teamId != null) {
			TipTeams.Team team = this.teams.findTeam(teamId)
				.filter((found) -> found.unitId() == tip.unitId())
				.orElseThrow(() -> new RuleViolationException("tip-team-unknown", "No such team in this ward"));
			name = team.name();
		}
		else {
			AccountSummary account = (accountId != null) ? this.accounts.findAccount(accountId).orElse(null) : null;
			if (account == null || !account.enabled() || account.unitId() == null || account.unitId() != tip.unitId()
					|| (account.role() != Role.AREA_OFFICER && account.role() != Role.WARD_OFFICER)) {
				throw new RuleViolationException("tip-assignee-invalid",
						"The assignee must be an officer of the tip's ward");
			}
			name = account.displayName();
		}
		tip.assign((teamId != null) ? null : accountId, teamId, name, Actor.of(user), now());
		return this.tips.save(tip);
	}

	public Tip startVerification(CurrentUser user, long id, String note) {
		Tip tip = workable(user, id);
		tip.startVerification(Actor.of(user), now(), note);
		return this.tips.save(tip);
	}

	public Tip resolve(CurrentUser user, long id, List<TipOutcome> outcomes, String note) {
		return resolve(user, id, outcomes, note, null);
	}

	/**
	 * Resolves the tip; {@code publicOutcome}, when given, is what the reporter reads
	 * about the result through the receipt.
	 */
	public Tip resolve(CurrentUser user, long id, List<TipOutcome> outcomes, String note, String publicOutcome) {
		Tip tip = workable(user, id);
		TipInput input = new TipInput();
		String summary = input.text("publicOutcome", publicOutcome, 1000, false);
		input.throwIfAny();
		tip.resolve(outcomes, note, summary, Actor.of(user), now());
		return this.tips.save(tip);
	}

	/**
	 * Rejects as unfounded, or as a duplicate of another tip (which merges it into that
	 * one).
	 */
	public Tip reject(CurrentUser user, long id, RejectionReason reason, Long duplicateOfId, String note) {
		Tip tip = triageable(user, id);
		Tip original = null;
		if (reason == RejectionReason.DUPLICATE) {
			if (duplicateOfId == null) {
				throw new RuleViolationException("tip-duplicate-of-required", "A duplicate needs another tip");
			}
			original = this.tips.findById(duplicateOfId)
				.filter((found) -> TipAccess.canSee(user, found))
				.orElseThrow(() -> NotFoundException.of("tip", duplicateOfId));
		}
		tip.reject(reason, original, note, Actor.of(user), now());
		Tip saved = this.tips.save(tip);
		if (original != null) {
			this.tips.save(original);
		}
		return saved;
	}

	/** Merges a tip into another: it is closed as a duplicate linked to the other. */
	public Tip merge(CurrentUser user, long id, long intoId) {
		return reject(user, id, RejectionReason.DUPLICATE, intoId, null);
	}

	public Tip transfer(CurrentUser user, long id, String to, Instant at, String note) {
		Tip tip = triageable(user, id);
		tip.transfer(to, (at != null) ? at : now(), note, Actor.of(user), now());
		return this.tips.save(tip);
	}

	public Tip markUrgent(CurrentUser user, long id, boolean urgent, String reason) {
		Tip tip = triageable(user, id);
		tip.markUrgent(urgent, reason, this.deadlines.deadlinesFor(tip.receivedAt(), urgent), Actor.of(user), now());
		return this.tips.save(tip);
	}

	/** The ward asks the reporter a question, seen at {@code /track}. */
	public Tip ask(CurrentUser user, long id, String question) {
		Tip tip = workable(user, id);
		TipInput input = new TipInput();
		String body = input.text("body", question, TipInput.MESSAGE_MAX, true);
		input.throwIfAny();
		tip.ask(body, Actor.of(user), now());
		return this.tips.save(tip);
	}

	/** The reporter's identity, for the ward's officers only; each viewing is audited. */
	public ReporterIdentity reporter(CurrentUser user, long id, String purpose) {
		Tip tip = find(user, id);
		if (!TipAccess.canSeeReporter(user, tip)) {
			throw new AccessDeniedException("Only the ward's officers see reporters");
		}
		this.audit.personalDataRead(user, "tip-reporter", tip.id(), tip.unitId(),
				(purpose != null && !purpose.isBlank()) ? purpose : "tip triage");
		return new ReporterIdentity(tip.reporterKind(), this.encryptor.decrypt(tip.reporterName()),
				this.encryptor.decrypt(tip.reporterContact()), this.encryptor.decrypt(tip.reporterIdNumber()),
				tip.withheldReason(), tip.reporterAccountId());
	}

	private Tip triageable(CurrentUser user, long id) {
		Tip tip = find(user, id);
		if (!TipAccess.canTriage(user, tip)) {
			throw new AccessDeniedException("Only the ward's officers triage tips");
		}
		return tip;
	}

	private Tip workable(CurrentUser user, long id) {
		Tip tip = find(user, id);
		if (!canWork(user, tip)) {
			throw new AccessDeniedException("Only the ward's officers and the assignee work on a tip");
		}
		return tip;
	}

	private Instant now() {
		return this.clock.instant();
	}

	/**
	 * Who reported a tip, decrypted.
	 */
	public record ReporterIdentity(ReporterKind kind, String name, String contact, String idNumber,
			String withheldReason, Long accountId) {
	}

}

package vn.lachan.programs.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.programs.ScorecardChanged;
import vn.lachan.programs.internal.Scorecard.EnteredValue;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.InvalidInputException.FieldProblem;
import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.RuleViolationException;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.time.VietnamTime;
import vn.lachan.territory.TerritoryCatalog;

/**
 * Ward scoring: criteria sets as versioned data, scorecards per ward and period, their
 * approval by the committee, the league table and recognition as a model ward.
 */
@Service
@Transactional
public class ScoringManagement {

	private final ScoringQueries queries;

	private final PlatformFigures figures;

	private final TerritoryCatalog territory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ScoringManagement(ScoringQueries queries, PlatformFigures figures, TerritoryCatalog territory,
			ApplicationEventPublisher events, Clock clock) {
		this.queries = queries;
		this.figures = figures;
		this.territory = territory;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<CriteriaSet> sets() {
		return this.queries.sets();
	}

	/**
	 * A new version of a criteria set; the version before it is closed the day this one
	 * takes effect.
	 */
	public CriteriaSet defineSet(CurrentUser user, CriteriaSetInput input) {
		ProgramRoles.requireCommittee(user);
		input.check(PlatformFigures.CODES);
		List<CriteriaSet> versions = this.queries.versions(input.code().strip());
		CriteriaSet latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
		if (latest != null && !input.validFrom().isAfter(latest.validFrom())) {
			throw new InvalidInputException(
					List.of(new FieldProblem("validFrom", "notAfterPrevious", "programs.error.set-valid-from")));
		}
		long id = this.queries.insertSet(input, (latest == null) ? 1 : latest.version() + 1);
		if (latest != null && (latest.validTo() == null || latest.validTo().isAfter(input.validFrom()))) {
			this.queries.closeSet(latest.id(), input.validFrom());
		}
		return this.queries.set(id).orElseThrow();
	}

	/** The version of a set in force on the period's last day. */
	@Transactional(readOnly = true)
	public CriteriaSet setFor(String code, int period) {
		LocalDate last = LocalDate.of(period, 12, 31);
		return this.queries.versions(code)
			.stream()
			.filter((set) -> set.validOn(last))
			.findFirst()
			.orElseThrow(() -> new RuleViolationException("criteria-set-not-in-force",
					"No version of the set is in force for the period", code, period));
	}

	/**
	 * The ward's scorecard for the set and period, opened as a draft with the platform's
	 * figures when there is none yet.
	 */
	public Scorecard open(CurrentUser user, long unitId, String setCode, int period) {
		user.requireUnit(unitId, "unit", unitId);
		ProgramRoles.requireWard(user);
		var existing = this.queries.scorecard(unitId, setCode, period);
		if (existing.isPresent()) {
			return existing.get();
		}
		if (this.territory.findUnit(unitId).isEmpty()) {
			throw NotFoundException.of("unit", unitId);
		}
		Scorecard card = Scorecard.open(unitId, setFor(setCode, period), period);
		card.fill(this.figures.figures(unitId, period), Map.of());
		return saved(card);
	}

	@Transactional(readOnly = true)
	public Scorecard scorecard(CurrentUser user, long id) {
		Scorecard card = this.queries.scorecard(id).orElseThrow(() -> NotFoundException.of("scorecard", id));
		user.requireUnit(card.unitId(), "scorecard", id);
		return card;
	}

	/** Scorecards the caller may see, newest period first. */
	@Transactional(readOnly = true)
	public List<Scorecard> scorecards(CurrentUser user) {
		return this.queries.scorecards(user.unrestricted() ? null : List.copyOf(user.unitIds()));
	}

	@Transactional(readOnly = true)
	public PageResult<Scorecard> scorecards(CurrentUser user, PageQuery page) {
		return this.queries.scorecards(user.unrestricted() ? null : List.copyOf(user.unitIds()), page);
	}

	/** Recomputes the platform's figures and takes the entered values. */
	public Scorecard fill(CurrentUser user, long id, Map<String, EnteredValue> entered) {
		Scorecard card = scorecard(user, id);
		ProgramRoles.requireWard(user);
		card.fill(this.figures.figures(card.unitId(), card.period()), entered);
		return saved(card);
	}

	public Scorecard submit(CurrentUser user, long id) {
		return submit(user, id, this.clock.instant());
	}

	/** As {@link #submit(CurrentUser, long)} at a given time (the demo's past). */
	Scorecard submit(CurrentUser user, long id, Instant at) {
		Scorecard card = scorecard(user, id);
		ProgramRoles.requireWard(user);
		card.submit(at);
		return saved(card);
	}

	public Scorecard approve(CurrentUser user, long id) {
		return approve(user, id, this.clock.instant());
	}

	/** As {@link #approve(CurrentUser, long)} at a given time (the demo's past). */
	Scorecard approve(CurrentUser user, long id, Instant at) {
		Scorecard card = scorecard(user, id);
		ProgramRoles.requireCommittee(user);
		card.approve(user.accountId(), at);
		return saved(card);
	}

	public Scorecard returnWith(CurrentUser user, long id, String comment) {
		Scorecard card = scorecard(user, id);
		ProgramRoles.requireCommittee(user);
		card.returnWith(comment, user.accountId(), this.clock.instant());
		return saved(card);
	}

	public Scorecard recognise(CurrentUser user, long id, String number, LocalDate decidedOn) {
		Scorecard card = scorecard(user, id);
		ProgramRoles.requireCommittee(user);
		LocalDate approvedOn = (card.decidedAt() != null) ? card.decidedAt().atZone(VietnamTime.ZONE).toLocalDate()
				: LocalDate.MIN;
		card.recognise(number, decidedOn, approvedOn);
		return saved(card);
	}

	/** The league table of a set's period: best score first, traffic lights. */
	@Transactional(readOnly = true)
	public List<Scorecard> league(CurrentUser user, String setCode, int period) {
		return scorecards(user).stream()
			.filter((card) -> card.set().code().equals(setCode) && card.period() == period)
			.sorted(Comparator.comparingInt(Scorecard::score).reversed().thenComparing(Scorecard::unitId))
			.toList();
	}

	private Scorecard saved(Scorecard card) {
		long id = this.queries.save(card);
		Scorecard saved = this.queries.scorecard(id).orElseThrow();
		this.events.publishEvent(new ScorecardChanged(id, saved.unitId(), saved.set().code(), saved.set().name(),
				saved.period(), saved.status().name(), saved.score(), saved.allMet(), saved.recognitionNumber(),
				saved.recognisedOn(), this.queries.bump(id)));
		return saved;
	}

}

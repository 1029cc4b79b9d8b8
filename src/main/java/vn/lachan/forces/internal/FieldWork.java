package vn.lachan.forces.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lachan.forces.ActivityLogged;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.InvalidInputException.FieldProblem;
import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;
import vn.lachan.shared.time.VietnamTime;

/**
 * The teams' field work. A submission from a phone may be sent again after a bad
 * connection: with the same idempotency key it is stored once, and the retry answers with
 * the activity already stored.
 */
@Service
public class FieldWork {

	private static final Set<Role> LOGGERS = Set.of(Role.ADMIN, Role.WARD_OFFICER, Role.AREA_OFFICER, Role.FORCE_MEMBER,
			Role.MEDIATOR);

	private final TeamRepository teams;

	private final ActivityRepository activities;

	private final TeamScope scope;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	FieldWork(TeamRepository teams, ActivityRepository activities, TeamScope scope, ApplicationEventPublisher events,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.teams = teams;
		this.activities = activities;
		this.scope = scope;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/** The teams the caller may log activities for, active today. */
	public List<Team> teamsToLogFor(CurrentUser user) {
		if (!LOGGERS.contains(user.role())) {
			return List.of();
		}
		Map<String, Object> params = new HashMap<>();
		String visibility = this.scope.visibility(user, params);
		LocalDate today = LocalDate.now(this.clock);
		return this.teams
			.search(new TeamQuery(null, null, null), user.unrestricted() ? null : user.unitIds(), visibility, params,
					new PageQuery(0, PageQuery.MAX_SIZE))
			.items()
			.stream()
			.filter((team) -> team.activeOn(today))
			.toList();
	}

	public LoggedActivity log(CurrentUser user, ActivityDetails details) {
		Team team = this.teams.find(details.teamId()).orElseThrow(() -> NotFoundException.of("team", details.teamId()));
		this.scope.requireSee(user, team);
		if (!LOGGERS.contains(user.role())) {
			throw new AccessDeniedException("Not a member or officer");
		}
		validate(team, details);
		String key = (details.idempotencyKey() != null && !details.idempotencyKey().isBlank())
				? details.idempotencyKey().strip() : null;
		if (key != null) {
			var existing = this.activities.findByKey(user.accountId(), key);
			if (existing.isPresent()) {
				return new LoggedActivity(existing.get(), true);
			}
		}
		ActivityDetails stored = new ActivityDetails(details.teamId(), details.kind(), details.occurredAt(),
				details.place(), details.participants(), details.notes(), key);
		try {
			Activity activity = this.transactions.execute((status) -> {
				long id = this.activities.insert(team.unitId(), stored, user.accountId(), this.clock.instant());
				Activity saved = this.activities.find(id).orElseThrow();
				this.events.publishEvent(new ActivityLogged(id, team.id(), team.unitId(), saved.kind(),
						LocalDate.ofInstant(saved.occurredAt(), VietnamTime.ZONE)));
				return saved;
			});
			return new LoggedActivity(activity, false);
		}
		catch (DuplicateKeyException ex) {
			// the same submission arrived twice at once: the other one was stored
			return new LoggedActivity(this.activities.findByKey(user.accountId(), key).orElseThrow(() -> ex), true);
		}
	}

	private void validate(Team team, ActivityDetails details) {
		List<FieldProblem> problems = new ArrayList<>();
		if (details.kind() == null) {
			problems.add(new FieldProblem("kind", "NotNull", "forces.error.activity-kind"));
		}
		if (details.occurredAt() == null
				|| details.occurredAt().isAfter(this.clock.instant().plus(Duration.ofMinutes(10)))) {
			problems.add(new FieldProblem("occurredAt", "occurredAt", "forces.error.occurred-at"));
		}
		else if (!team.activeOn(LocalDate.ofInstant(details.occurredAt(), VietnamTime.ZONE))) {
			problems.add(new FieldProblem("occurredAt", "teamInactive", "forces.error.team-inactive"));
		}
		if (details.place() == null || details.place().isBlank() || details.place().length() > 300) {
			problems.add(new FieldProblem("place", "NotBlank", "forces.error.place"));
		}
		if (details.participants() < 1 || details.participants() > 500) {
			problems.add(new FieldProblem("participants", "Range", "forces.error.participants"));
		}
		if (details.notes() != null && details.notes().length() > 2000) {
			problems.add(new FieldProblem("notes", "Size", "forces.error.notes"));
		}
		if (details.idempotencyKey() != null && details.idempotencyKey().length() > 100) {
			problems.add(new FieldProblem("idempotencyKey", "Size", "forces.error.idempotency-key"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	/** The activity log of a team, or of every team the caller sees. */
	public PageResult<Activity> activities(CurrentUser user, Long teamId, PageQuery page) {
		if (teamId != null) {
			Team team = this.teams.find(teamId).orElseThrow(() -> NotFoundException.of("team", teamId));
			this.scope.requireSee(user, team);
			return this.activities.search(List.of(teamId), null, page);
		}
		if (user.role() == Role.ADMIN || user.role() == Role.COMMITTEE || user.role() == Role.WARD_OFFICER) {
			return this.activities.search(null, user.unrestricted() ? null : user.unitIds(), page);
		}
		Map<String, Object> params = new HashMap<>();
		String visibility = this.scope.visibility(user, params);
		List<Long> teamIds = this.teams
			.search(new TeamQuery(null, null, null), user.unitIds(), visibility, params,
					new PageQuery(0, PageQuery.MAX_SIZE))
			.items()
			.stream()
			.map(Team::id)
			.toList();
		return this.activities.search(teamIds, null, page);
	}

	public long countByKey(CurrentUser user, String key) {
		return this.activities.countByKey(user.accountId(), key);
	}

}

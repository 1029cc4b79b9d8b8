package vn.lachan.mediation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.InvalidInputException.FieldProblem;
import vn.lachan.shared.RuleViolationException;

/**
 * A mediation case without its parties' details. It guards its own transitions: only an
 * open case takes sessions, an outcome or an escalation.
 */
public record MediationCase(long id, long unitId, long teamId, Grounds grounds, DisputeKind kind, String summary,
		LocalDate receivedOn, Instant assignedAt, CaseStatus status, String outcomeNote, LocalDate closedOn, Long tipId,
		List<Long> mediatorIds, List<MediationSession> sessions) {

	public MediationCase {
		mediatorIds = List.copyOf(mediatorIds);
		sessions = List.copyOf(sessions);
	}

	/** What the case's events say about it. */
	public vn.lachan.mediation.MediationCaseFacts facts() {
		return new vn.lachan.mediation.MediationCaseFacts(this.id, this.unitId, this.kind.name(), this.receivedOn);
	}

	public LocalDate startBy() {
		return new StartDeadline().startBy(this.assignedAt);
	}

	public boolean lateStart(LocalDate today) {
		LocalDate first = this.sessions.stream().map(MediationSession::heldOn).min(LocalDate::compareTo).orElse(null);
		if (first == null && this.status.closed()) {
			return false;
		}
		return new StartDeadline().late(this.assignedAt, first, today);
	}

	void requireOpen() {
		if (this.status.closed()) {
			throw new RuleViolationException("mediation-case-closed", "The case is closed");
		}
	}

	void checkSession(SessionDetails session, LocalDate today) {
		requireOpen();
		if (session.heldOn().isBefore(this.receivedOn)) {
			throw new InvalidInputException(
					List.of(new FieldProblem("heldOn", "before-case", "mediation.error.session-before-case")));
		}
		if (session.heldOn().isAfter(today)) {
			throw new InvalidInputException(
					List.of(new FieldProblem("heldOn", "future", "mediation.error.session-in-future")));
		}
	}

	void checkOutcome(CaseOutcome outcome) {
		requireOpen();
		if (!CaseStatus.OUTCOMES.contains(outcome.status())) {
			throw new RuleViolationException("mediation-illegal-transition", "Illegal transition");
		}
		if (outcome.status() == CaseStatus.SUCCEEDED && this.sessions.isEmpty()) {
			throw new RuleViolationException("mediation-success-without-session", "No session took place");
		}
		if (outcome.agreement() != null && outcome.status() != CaseStatus.SUCCEEDED) {
			throw new RuleViolationException("mediation-agreement-without-success", "Agreement without success");
		}
		if (outcome.closedOn().isBefore(this.receivedOn)) {
			throw new InvalidInputException(
					List.of(new FieldProblem("closedOn", "before-case", "mediation.error.closed-before-case")));
		}
	}

	void checkFollowUp(FollowUp followUp, LocalDate today) {
		if (this.status != CaseStatus.SUCCEEDED) {
			throw new RuleViolationException("mediation-follow-up-without-agreement", "No agreement to follow up");
		}
		if (followUp.checkedOn().isBefore(this.closedOn)) {
			throw new InvalidInputException(List
				.of(new FieldProblem("checkedOn", "before-outcome", "mediation.error.follow-up-before-outcome")));
		}
		if (followUp.checkedOn().isAfter(today)) {
			throw new InvalidInputException(
					List.of(new FieldProblem("checkedOn", "future", "mediation.error.follow-up-in-future")));
		}
	}

	void checkEscalation() {
		requireOpen();
		if (this.tipId != null) {
			throw new RuleViolationException("mediation-already-escalated", "Already escalated");
		}
	}

}

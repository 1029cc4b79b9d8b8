package vn.lachan.streets.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.InvalidInputException.FieldProblem;
import vn.lachan.shared.RuleViolationException;
import vn.lachan.streets.OffenderKind;
import vn.lachan.streets.ViolationFacts;
import vn.lachan.streets.ViolationStep;

/**
 * An urban-order violation found in the field, and its handling. It guards its own steps
 * and clocks; the service publishes {@code ViolationChanged} after each save.
 */
@Table("streets_violation")
public class Violation {

	@Id
	private Long id;

	@Version
	private Integer version;

	private long unitId;

	private Long groupId;

	private String typeCode;

	private ViolationStep step;

	private Instant occurredAt;

	private LocalDate occurredOn;

	private String address;

	private String addressKey;

	private BigDecimal latitude;

	private BigDecimal longitude;

	private String summary;

	private OffenderKind offenderKind;

	private String offenderName;

	private String offenderIdentifier;

	private String offenderKey;

	private Long teamId;

	private long foundByAccountId;

	private String foundByName;

	private Long sweepId;

	private Long tipId;

	private LocalDate recordOn;

	private boolean transfer;

	private LocalDate transferDue;

	private LocalDate decisionDue;

	private DecisionLimit decisionLimit;

	private Long sanctionId;

	private LocalDate decidedOn;

	private String decidedByTitle;

	private Long fineAmount;

	private LocalDate paidOn;

	private LocalDate closedOn;

	private Instant createdAt;

	@MappedCollection(idColumn = "violation_id", keyColumn = "position")
	private List<StepEntry> steps = new ArrayList<>();

	Violation() {
	}

	/** A violation as found: step DETECTED. The offender's fields come encrypted. */
	static Violation detect(ViolationDraft draft, Actor actor, Instant now) {
		Violation violation = new Violation();
		violation.unitId = draft.unitId();
		violation.groupId = draft.groupId();
		violation.typeCode = draft.typeCode();
		violation.step = ViolationStep.DETECTED;
		violation.occurredAt = draft.occurredAt();
		violation.occurredOn = draft.occurredOn();
		violation.address = draft.address();
		violation.addressKey = draft.addressKey();
		violation.latitude = draft.latitude();
		violation.longitude = draft.longitude();
		violation.summary = draft.summary();
		violation.offenderKind = draft.offenderKind();
		violation.offenderName = draft.offenderName();
		violation.offenderIdentifier = draft.offenderIdentifier();
		violation.offenderKey = draft.offenderKey();
		violation.teamId = draft.teamId();
		violation.sweepId = draft.sweepId();
		violation.tipId = draft.tipId();
		violation.foundByAccountId = actor.accountId();
		violation.foundByName = actor.name();
		violation.createdAt = now;
		violation.steps
			.add(new StepEntry(ViolationStep.DETECTED, draft.occurredOn(), now, actor.accountId(), actor.name(), null));
		return violation;
	}

	/**
	 * Moves to the next step (any but DECIDED, which {@link #decide} takes).
	 * @param transferred for a violation record: the case exceeds the recorder's power
	 * and is passed on (the 2-working-day clock)
	 * @param sanction the entry in force, for the right to explain
	 */
	void advance(ViolationStep to, LocalDate on, String note, boolean transferred, Sanction sanction, Actor actor,
			Instant now, WorkingDays days) {
		if (to == ViolationStep.DECIDED) {
			throw new RuleViolationException("streets-decision-needs-fine", "A decision is taken with its fine");
		}
		checkStep(to, on, actor);
		switch (to) {
			case VIOLATION_RECORD -> {
				this.recordOn = on;
				this.transfer = transferred;
				this.transferDue = transferred ? days.plus(on, 2) : null;
				this.decisionLimit = DecisionLimit.SEVEN_WORKING_DAYS;
				this.decisionDue = this.decisionLimit.due(on, days);
			}
			case EXPLANATION -> {
				if (sanction == null || !sanction.allowsExplanation(this.offenderKind)) {
					throw new RuleViolationException("streets-no-explanation",
							"The law gives no right to explain for this fine frame");
				}
				this.decisionLimit = DecisionLimit.ONE_MONTH;
				this.decisionDue = this.decisionLimit.due(this.recordOn, days);
			}
			case PAID -> {
				this.paidOn = on;
				this.closedOn = on;
			}
			case COMPLIED, ENFORCED -> this.closedOn = on;
			default -> {
			}
		}
		this.step = to;
		this.steps.add(new StepEntry(to, on, now, actor.accountId(), actor.name(), note));
	}

	/**
	 * The decision with its fine, checked against the catalogue and the title's power.
	 */
	void decide(Sanction sanction, Competence competence, String titleCode, long fine, LocalDate on, String note,
			Actor actor, Instant now) {
		if (this.recordOn != null && on.isBefore(this.recordOn)) {
			throw new InvalidInputException(
					List.of(new FieldProblem("decidedOn", "before-record", "streets.error.before-record")));
		}
		checkStep(ViolationStep.DECIDED, on, actor);
		FinePolicy.check(java.util.Optional.ofNullable(sanction), java.util.Optional.ofNullable(competence),
				this.offenderKind, fine);
		this.sanctionId = sanction.id();
		this.decidedByTitle = titleCode;
		this.fineAmount = fine;
		this.decidedOn = on;
		this.step = ViolationStep.DECIDED;
		this.steps.add(new StepEntry(ViolationStep.DECIDED, on, now, actor.accountId(), actor.name(), note));
	}

	/** An especially complex case: the decision limit extends to 2 months (Đ.66 k.1). */
	void extendDecisionLimit(Actor actor, WorkingDays days) {
		if (!actor.officer() || this.decisionLimit != DecisionLimit.ONE_MONTH || this.decidedOn != null) {
			throw new RuleViolationException("streets-no-extension", "Only a one-month limit may be extended");
		}
		this.decisionLimit = DecisionLimit.TWO_MONTHS;
		this.decisionDue = this.decisionLimit.due(this.recordOn, days);
	}

	private void checkStep(ViolationStep to, LocalDate on, Actor actor) {
		if (!this.step.next().contains(to)) {
			throw new RuleViolationException("streets-illegal-step", "This step cannot follow the current one",
					this.step.name(), to.name());
		}
		if (to.officersOnly() && !actor.officer()) {
			throw new RuleViolationException("streets-step-needs-officer", "Only a competent officer takes this step");
		}
		LocalDate last = this.steps.get(this.steps.size() - 1).onDay();
		if (on.isBefore(last)) {
			throw new InvalidInputException(
					List.of(new FieldProblem("on", "before-previous-step", "streets.error.before-previous-step")));
		}
	}

	/** A clock ran out: the transfer (2 working days) or the decision is late. */
	public boolean overdue(LocalDate today) {
		if (this.decidedOn != null || this.closedOn != null) {
			return false;
		}
		return (this.transferDue != null && today.isAfter(this.transferDue))
				|| (this.decisionDue != null && today.isAfter(this.decisionDue));
	}

	public ViolationFacts facts() {
		return new ViolationFacts(this.id, (this.version != null) ? this.version : 0, this.unitId, this.typeCode,
				this.step, this.occurredOn, this.fineAmount, this.decidedOn, this.paidOn, this.closedOn);
	}

	public Long id() {
		return this.id;
	}

	public Integer version() {
		return this.version;
	}

	public long unitId() {
		return this.unitId;
	}

	public Long groupId() {
		return this.groupId;
	}

	public String typeCode() {
		return this.typeCode;
	}

	public ViolationStep step() {
		return this.step;
	}

	public Instant occurredAt() {
		return this.occurredAt;
	}

	public LocalDate occurredOn() {
		return this.occurredOn;
	}

	public String address() {
		return this.address;
	}

	public BigDecimal latitude() {
		return this.latitude;
	}

	public BigDecimal longitude() {
		return this.longitude;
	}

	public String summary() {
		return this.summary;
	}

	public OffenderKind offenderKind() {
		return this.offenderKind;
	}

	String offenderName() {
		return this.offenderName;
	}

	String offenderIdentifier() {
		return this.offenderIdentifier;
	}

	public Long teamId() {
		return this.teamId;
	}

	public String foundByName() {
		return this.foundByName;
	}

	public Long sweepId() {
		return this.sweepId;
	}

	public Long tipId() {
		return this.tipId;
	}

	public LocalDate recordOn() {
		return this.recordOn;
	}

	public boolean transfer() {
		return this.transfer;
	}

	public LocalDate transferDue() {
		return this.transferDue;
	}

	public LocalDate decisionDue() {
		return this.decisionDue;
	}

	public DecisionLimit decisionLimit() {
		return this.decisionLimit;
	}

	public Long sanctionId() {
		return this.sanctionId;
	}

	public LocalDate decidedOn() {
		return this.decidedOn;
	}

	public String decidedByTitle() {
		return this.decidedByTitle;
	}

	public Long fineAmount() {
		return this.fineAmount;
	}

	public LocalDate paidOn() {
		return this.paidOn;
	}

	public LocalDate closedOn() {
		return this.closedOn;
	}

	public List<StepEntry> steps() {
		return List.copyOf(this.steps);
	}

}

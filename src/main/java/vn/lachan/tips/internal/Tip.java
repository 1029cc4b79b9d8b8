package vn.lachan.tips.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import vn.lachan.shared.RuleViolationException;
import vn.lachan.shared.text.VietnameseText;
import vn.lachan.tips.OutcomeKind;
import vn.lachan.tips.TipChanged;
import vn.lachan.tips.TipChannel;
import vn.lachan.tips.TipFacts;
import vn.lachan.tips.TipStatus;
import vn.lachan.tips.internal.TimelineEntry.Kind;

/**
 * A tip: what was reported, where and when, by whom (if anyone wants it known), and what
 * the ward did with it. It guards its own transitions and registers an event for each.
 */
@Table("tip")
public class Tip extends AbstractAggregateRoot<Tip> {

	private static final Set<TipStatus> OPEN = EnumSet.of(TipStatus.RECEIVED, TipStatus.ASSIGNED, TipStatus.VERIFYING);

	@Id
	private Long id;

	@Version
	private Integer version;

	private String receiptCode;

	private String secretHash;

	private String idempotencyKey;

	private String categoryCode;

	private TipChannel channel;

	private TipStatus status;

	private boolean urgent;

	private String urgencyReason;

	private long unitId;

	private Long groupId;

	private Long placeId;

	private String address;

	private BigDecimal latitude;

	private BigDecimal longitude;

	private Instant occurredAt;

	private Instant receivedAt;

	private String description;

	private String searchText;

	private String attributes;

	private ReporterKind reporterKind;

	private Long reporterAccountId;

	private String reporterName;

	private String reporterContact;

	private String reporterIdNumber;

	private String withheldReason;

	private String peopleInvolved;

	private String damage;

	private String measuresTaken;

	private String reporterKnowledge;

	private Long receivedByAccountId;

	private Long assigneeAccountId;

	private Long assigneeTeamId;

	private Instant classifyBy;

	private Instant forwardBy;

	private Instant classifiedAt;

	private Instant closedAt;

	private RejectionReason rejectionReason;

	private Long duplicateOfId;

	private String transferredTo;

	private Instant transferredAt;

	private Instant updatedAt;

	@MappedCollection(idColumn = "tip_id", keyColumn = "position")
	private List<TimelineEntry> timeline = new ArrayList<>();

	@MappedCollection(idColumn = "tip_id", keyColumn = "position")
	private List<TipMessage> messages = new ArrayList<>();

	@MappedCollection(idColumn = "tip_id", keyColumn = "position")
	private List<TipOutcome> outcomes = new ArrayList<>();

	Tip() {
	}

	/**
	 * A new tip as received. The reporter's identifying fields arrive encrypted.
	 */
	static Tip receive(TipDraft draft, Deadlines deadlines, Instant now, Actor actor) {
		Tip tip = new Tip();
		tip.receiptCode = draft.receiptCode();
		tip.secretHash = draft.secretHash();
		tip.idempotencyKey = draft.idempotencyKey();
		tip.categoryCode = draft.categoryCode();
		tip.channel = draft.channel();
		tip.status = TipStatus.RECEIVED;
		tip.urgent = draft.urgent();
		tip.unitId = draft.unitId();
		tip.groupId = draft.groupId();
		tip.placeId = draft.placeId();
		tip.address = draft.address();
		tip.latitude = draft.latitude();
		tip.longitude = draft.longitude();
		tip.occurredAt = draft.occurredAt();
		tip.receivedAt = draft.receivedAt();
		tip.description = draft.description();
		tip.searchText = searchText(draft.description(), draft.address(), draft.receiptCode());
		tip.attributes = draft.attributes();
		tip.reporterKind = draft.reporterKind();
		tip.reporterAccountId = draft.reporterAccountId();
		tip.reporterName = draft.reporterName();
		tip.reporterContact = draft.reporterContact();
		tip.reporterIdNumber = draft.reporterIdNumber();
		tip.withheldReason = draft.withheldReason();
		tip.peopleInvolved = draft.peopleInvolved();
		tip.damage = draft.damage();
		tip.measuresTaken = draft.measuresTaken();
		tip.reporterKnowledge = draft.reporterKnowledge();
		tip.receivedByAccountId = draft.receivedByAccountId();
		tip.classifyBy = deadlines.classifyBy();
		tip.forwardBy = deadlines.forwardBy();
		tip.updatedAt = now;
		tip.timeline.add(new TimelineEntry(draft.receivedAt(), Kind.RECEIVED, actor.accountId(), actor.name(),
				draft.channel().name()));
		return tip;
	}

	/**
	 * Assigns the tip to an officer or a team. Allowed while open; a received tip becomes
	 * assigned, a tip under verification stays so.
	 */
	void assign(Long accountId, Long teamId, String assigneeName, Actor actor, Instant now) {
		requireOpen(TipStatus.ASSIGNED);
		this.assigneeAccountId = accountId;
		this.assigneeTeamId = teamId;
		if (this.status == TipStatus.RECEIVED) {
			this.status = TipStatus.ASSIGNED;
		}
		classified(now);
		changed(now, Kind.ASSIGNED, actor, assigneeName);
	}

	/** The assignee starts checking the facts. */
	void startVerification(Actor actor, Instant now, String note) {
		requireFrom(TipStatus.VERIFYING, TipStatus.ASSIGNED);
		this.status = TipStatus.VERIFYING;
		changed(now, Kind.VERIFYING, actor, note);
	}

	/** Closes the tip with what came of it. */
	void resolve(List<TipOutcome> results, String note, Actor actor, Instant now) {
		requireFrom(TipStatus.RESOLVED, TipStatus.VERIFYING);
		if (results.isEmpty()) {
			throw new RuleViolationException("tip-outcome-required", "A resolved tip needs an outcome");
		}
		this.status = TipStatus.RESOLVED;
		this.outcomes = new ArrayList<>(results);
		this.closedAt = now;
		changed(now, Kind.RESOLVED, actor, note);
	}

	/** Rejects the tip as unfounded, or as a duplicate of another one. */
	void reject(RejectionReason reason, Tip original, String note, Actor actor, Instant now) {
		requireOpen(TipStatus.REJECTED);
		if (reason == RejectionReason.DUPLICATE) {
			if (original == null || original.id.equals(this.id)) {
				throw new RuleViolationException("tip-duplicate-of-required", "A duplicate needs another tip");
			}
			if (original.unitId != this.unitId || original.status == TipStatus.REJECTED) {
				throw new RuleViolationException("tip-duplicate-target", "The original must be a tip of the same ward");
			}
			this.duplicateOfId = original.id;
			original.changed(now, Kind.MERGED, actor, "#" + this.id);
		}
		this.status = TipStatus.REJECTED;
		this.rejectionReason = reason;
		this.closedAt = now;
		classified(now);
		changed(now, Kind.REJECTED, actor, (note != null) ? reason.name() + ": " + note : reason.name());
	}

	/** Hands the tip over to an investigation body or another unit. */
	void transfer(String to, Instant at, String note, Actor actor, Instant now) {
		requireOpen(TipStatus.TRANSFERRED);
		if (at.isAfter(now)) {
			throw new RuleViolationException("tip-transfer-in-future", "A transfer cannot lie in the future");
		}
		this.status = TipStatus.TRANSFERRED;
		this.transferredTo = to;
		this.transferredAt = at;
		this.closedAt = now;
		classified(now);
		changed(now, Kind.TRANSFERRED, actor, (note != null) ? to + ": " + note : to);
	}

	/** Puts the tip on the urgent clock or takes it off it. */
	void markUrgent(boolean urgentNow, String reason, Deadlines deadlines, Actor actor, Instant now) {
		requireOpen(this.status);
		this.urgent = urgentNow;
		this.urgencyReason = reason;
		this.forwardBy = deadlines.forwardBy();
		changed(now, Kind.URGENCY, actor, urgentNow ? reason : null);
	}

	/** The ward asks the reporter a question through the receipt's thread. */
	void ask(String body, Actor actor, Instant now) {
		requireOpen(this.status);
		if (this.secretHash == null) {
			throw new RuleViolationException("tip-no-thread", "This tip has no reporter to ask");
		}
		this.messages.add(new TipMessage(now, TipMessage.Author.WARD, actor.accountId(), body));
		changed(now, Kind.QUESTION, actor, null);
	}

	/** The reporter answers through the receipt's thread. */
	void answer(String body, Instant now) {
		requireOpen(this.status);
		this.messages.add(new TipMessage(now, TipMessage.Author.REPORTER, null, body));
		changed(now, Kind.ANSWER, Actor.REPORTER, null);
	}

	/**
	 * Another module's record took the tip over (a violation recorded from it): the link
	 * is on the timeline, and a received or assigned tip is now being verified. Returns
	 * false, changing nothing, when the tip is already linked to that record.
	 */
	boolean link(String reference, Actor actor, Instant now) {
		if (linkedTo(reference)) {
			return false;
		}
		requireOpen(TipStatus.VERIFYING);
		if (this.status != TipStatus.VERIFYING) {
			this.status = TipStatus.VERIFYING;
		}
		classified(now);
		changed(now, Kind.LINKED, actor, reference);
		return true;
	}

	/** Whether the timeline links the tip to that record. */
	boolean linkedTo(String reference) {
		return this.timeline.stream().anyMatch((e) -> e.kind() == Kind.LINKED && reference.equals(e.note()));
	}

	/** Whether a clock has run out on this open tip. */
	public boolean overdue(Instant now) {
		if (!this.status.isOpen()) {
			return false;
		}
		return (this.classifiedAt == null && now.isAfter(this.classifyBy)) || now.isAfter(this.forwardBy);
	}

	public TipFacts facts() {
		return new TipFacts(this.id, this.timeline.size(), this.unitId, this.categoryCode, this.channel, this.status,
				this.urgent, this.receivedAt, this.classifyBy, this.forwardBy, this.classifiedAt, this.closedAt,
				this.outcomes.stream()
					.map((o) -> new TipFacts.Outcome(o.kind(), o.offenceCategory(), o.cases(), o.suspects()))
					.toList());
	}

	private void classified(Instant now) {
		if (this.classifiedAt == null) {
			this.classifiedAt = now;
		}
	}

	private void changed(Instant now, Kind kind, Actor actor, String note) {
		this.updatedAt = now;
		this.timeline.add(new TimelineEntry(now, kind, actor.accountId(), actor.name(), note));
		if (this.id != null) {
			registerEvent(new TipChanged(facts()));
		}
	}

	private void requireOpen(TipStatus target) {
		if (!OPEN.contains(this.status)) {
			throw illegal(target);
		}
	}

	private void requireFrom(TipStatus target, TipStatus allowed) {
		if (this.status != allowed) {
			throw illegal(target);
		}
	}

	private RuleViolationException illegal(TipStatus target) {
		return new RuleViolationException("tip-illegal-transition", "A tip " + this.status + " cannot become " + target,
				this.status.name(), target.name());
	}

	static String searchText(String description, String address, String receiptCode) {
		String joined = receiptCode + " " + description + " " + ((address != null) ? address : "");
		String folded = VietnameseText.fold(joined);
		return (folded.length() > 4400) ? folded.substring(0, 4400) : folded;
	}

	// Accessors

	public Long id() {
		return this.id;
	}

	public Integer version() {
		return this.version;
	}

	public String receiptCode() {
		return this.receiptCode;
	}

	public String secretHash() {
		return this.secretHash;
	}

	public String categoryCode() {
		return this.categoryCode;
	}

	public TipChannel channel() {
		return this.channel;
	}

	public TipStatus status() {
		return this.status;
	}

	public boolean urgent() {
		return this.urgent;
	}

	public String urgencyReason() {
		return this.urgencyReason;
	}

	public long unitId() {
		return this.unitId;
	}

	public Long groupId() {
		return this.groupId;
	}

	public Long placeId() {
		return this.placeId;
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

	public Instant occurredAt() {
		return this.occurredAt;
	}

	public Instant receivedAt() {
		return this.receivedAt;
	}

	public String description() {
		return this.description;
	}

	public String attributes() {
		return this.attributes;
	}

	public ReporterKind reporterKind() {
		return this.reporterKind;
	}

	public Long reporterAccountId() {
		return this.reporterAccountId;
	}

	String idempotencyKey() {
		return this.idempotencyKey;
	}

	String searchText() {
		return this.searchText;
	}

	/**
	 * Records the id the database gave a new tip that {@link TipInserts} wrote, with the
	 * initial version, as Spring Data JDBC does when it inserts.
	 */
	void inserted(long id) {
		if (this.id != null) {
			throw new IllegalStateException("Tip " + this.id + " is not new");
		}
		this.id = id;
		this.version = 0;
	}

	String reporterName() {
		return this.reporterName;
	}

	String reporterContact() {
		return this.reporterContact;
	}

	String reporterIdNumber() {
		return this.reporterIdNumber;
	}

	public String withheldReason() {
		return this.withheldReason;
	}

	public String peopleInvolved() {
		return this.peopleInvolved;
	}

	public String damage() {
		return this.damage;
	}

	public String measuresTaken() {
		return this.measuresTaken;
	}

	public String reporterKnowledge() {
		return this.reporterKnowledge;
	}

	public Long receivedByAccountId() {
		return this.receivedByAccountId;
	}

	public Long assigneeAccountId() {
		return this.assigneeAccountId;
	}

	public Long assigneeTeamId() {
		return this.assigneeTeamId;
	}

	public Instant classifyBy() {
		return this.classifyBy;
	}

	public Instant forwardBy() {
		return this.forwardBy;
	}

	public Instant classifiedAt() {
		return this.classifiedAt;
	}

	public Instant closedAt() {
		return this.closedAt;
	}

	public RejectionReason rejectionReason() {
		return this.rejectionReason;
	}

	public Long duplicateOfId() {
		return this.duplicateOfId;
	}

	public String transferredTo() {
		return this.transferredTo;
	}

	public Instant transferredAt() {
		return this.transferredAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public List<TimelineEntry> timeline() {
		return List.copyOf(this.timeline);
	}

	public List<TipMessage> messages() {
		return List.copyOf(this.messages);
	}

	public List<TipOutcome> outcomes() {
		return List.copyOf(this.outcomes);
	}

	public boolean hasReporterIdentity() {
		return this.reporterName != null || this.reporterContact != null || this.reporterIdNumber != null;
	}

	public boolean hasThread() {
		return this.secretHash != null;
	}

}

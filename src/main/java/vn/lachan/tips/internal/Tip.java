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
import org.springframework.data.relational.core.mapping.Embedded;
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

	@Embedded.Empty
	private TipPlace place;

	private Instant occurredAt;

	private Instant receivedAt;

	private String description;

	private String searchText;

	private String attributes;

	@Embedded.Empty(prefix = "reporter_")
	private TipReporter reporter;

	private String withheldReason;

	@Embedded.Empty
	private Circumstances circumstances;

	private Long receivedByAccountId;

	private Long assigneeAccountId;

	private Long assigneeTeamId;

	@Embedded.Empty
	private Deadlines deadlines;

	private Instant classifiedAt;

	private Instant closedAt;

	private String publicOutcome;

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
	 * A new tip as received, checked, with the reporter's identifying fields encrypted.
	 * The one place a tip is made, whatever its channel.
	 */
	static Tip receive(Receiving receiving, Content content, TipPlace place, TipReporter reporter, Deadlines due,
			Actor actor) {
		Tip tip = new Tip();
		tip.receiptCode = receiving.receiptCode();
		tip.secretHash = receiving.secretHash();
		tip.idempotencyKey = receiving.idempotencyKey();
		tip.channel = receiving.channel();
		tip.receivedAt = receiving.receivedAt();
		tip.receivedByAccountId = receiving.receivedByAccountId();
		tip.updatedAt = receiving.now();
		tip.status = TipStatus.RECEIVED;
		tip.categoryCode = content.categoryCode();
		tip.urgent = content.urgent();
		tip.description = content.description();
		tip.occurredAt = content.occurredAt();
		tip.attributes = content.attributes();
		tip.withheldReason = content.withheldReason();
		tip.circumstances = content.circumstances();
		tip.place = place;
		tip.reporter = reporter;
		tip.searchText = searchText(content.description(), place.address(), receiving.receiptCode());
		tip.deadlines = due;
		tip.timeline.add(new TimelineEntry(receiving.receivedAt(), Kind.RECEIVED, actor.accountId(), actor.name(),
				receiving.channel().name()));
		return tip;
	}

	/**
	 * How a new tip came in.
	 *
	 * @param receiptCode its receipt code
	 * @param secretHash the hash of the receipt's secret, for tips with a thread
	 * @param idempotencyKey the key that keeps a retry from being stored twice
	 * @param channel the channel
	 * @param receivedAt when it was received
	 * @param receivedByAccountId the staff member who took it down
	 * @param now the time of the intake
	 */
	record Receiving(String receiptCode, String secretHash, String idempotencyKey, TipChannel channel,
			Instant receivedAt, Long receivedByAccountId, Instant now) {
	}

	/**
	 * What a new tip says, checked.
	 *
	 * @param categoryCode the category
	 * @param urgent whether it is on the urgent clock
	 * @param description what happened
	 * @param occurredAt when, if known
	 * @param attributes the category's extra attributes as JSON
	 * @param withheldReason why the reporter's identity was not recorded
	 * @param circumstances the register fields
	 */
	record Content(String categoryCode, boolean urgent, String description, Instant occurredAt, String attributes,
			String withheldReason, Circumstances circumstances) {
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

	/** Closes the tip with what came of it and what the reporter may read about it. */
	void resolve(List<TipOutcome> results, String note, String publicOutcome, Actor actor, Instant now) {
		resolve(results, note, actor, now);
		this.publicOutcome = publicOutcome;
	}

	/** Rejects the tip as unfounded, or as a duplicate of another one. */
	void reject(RejectionReason reason, Tip original, String note, Actor actor, Instant now) {
		requireOpen(TipStatus.REJECTED);
		if (reason == RejectionReason.DUPLICATE) {
			if (original == null || original.id.equals(this.id)) {
				throw new RuleViolationException("tip-duplicate-of-required", "A duplicate needs another tip");
			}
			if (original.unitId() != unitId() || original.status == TipStatus.REJECTED) {
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
		this.deadlines = new Deadlines(this.deadlines.classifyBy(), deadlines.forwardBy());
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
		addAnswer(body, now);
	}

	/**
	 * The reporter writes again: while the tip is open, or for {@code followUp} after it
	 * was resolved.
	 */
	void answer(String body, Instant now, java.time.Duration followUp) {
		if (!mayAnswer(now, followUp)) {
			throw new RuleViolationException("tip-follow-up-closed", "The tip no longer takes answers");
		}
		addAnswer(body, now);
	}

	/** Whether the reporter may still write at that time. */
	boolean mayAnswer(Instant now, java.time.Duration followUp) {
		if (this.status.isOpen()) {
			return true;
		}
		return this.status == TipStatus.RESOLVED && this.closedAt != null && now.isBefore(this.closedAt.plus(followUp));
	}

	private void addAnswer(String body, Instant now) {
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
		return (this.classifiedAt == null && now.isAfter(classifyBy())) || now.isAfter(forwardBy());
	}

	public TipFacts facts() {
		return new TipFacts(this.id, this.timeline.size(), unitId(), this.categoryCode, this.channel, this.status,
				this.urgent, this.receivedAt, classifyBy(), forwardBy(), this.classifiedAt, this.closedAt,
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

	public TipPlace place() {
		return this.place;
	}

	public Circumstances circumstances() {
		return this.circumstances;
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
		return this.place.unitId();
	}

	public Long groupId() {
		return this.place.groupId();
	}

	public Long placeId() {
		return this.place.placeId();
	}

	public String address() {
		return this.place.address();
	}

	public BigDecimal latitude() {
		return this.place.latitude();
	}

	public BigDecimal longitude() {
		return this.place.longitude();
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
		return this.reporter.kind();
	}

	public Long reporterAccountId() {
		return this.reporter.accountId();
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
		return this.reporter.name();
	}

	String reporterContact() {
		return this.reporter.contact();
	}

	String reporterIdNumber() {
		return this.reporter.idNumber();
	}

	public String withheldReason() {
		return this.withheldReason;
	}

	public String peopleInvolved() {
		return this.circumstances.peopleInvolved();
	}

	public String damage() {
		return this.circumstances.damage();
	}

	public String measuresTaken() {
		return this.circumstances.measuresTaken();
	}

	public String reporterKnowledge() {
		return this.circumstances.reporterKnowledge();
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
		return this.deadlines.classifyBy();
	}

	public Instant forwardBy() {
		return this.deadlines.forwardBy();
	}

	public Instant classifiedAt() {
		return this.classifiedAt;
	}

	public Instant closedAt() {
		return this.closedAt;
	}

	public String publicOutcome() {
		return this.publicOutcome;
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
		return reporterName() != null || reporterContact() != null || reporterIdNumber() != null;
	}

	public boolean hasThread() {
		return this.secretHash != null;
	}

}

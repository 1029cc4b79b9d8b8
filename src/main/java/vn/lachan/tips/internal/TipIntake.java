package vn.lachan.tips.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.crypto.FieldEncryptor;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;
import vn.lachan.territory.AdminLevel;
import vn.lachan.territory.AdminUnitSummary;
import vn.lachan.territory.PlaceSummary;
import vn.lachan.territory.ResidentialGroupSummary;
import vn.lachan.territory.TerritoryCatalog;
import vn.lachan.tips.TipChannel;
import vn.lachan.tips.TipReceived;

/**
 * Receives tips from every channel into the same record. A tip is committed before the
 * caller is told it was received; a retry with the same idempotency key is not stored
 * twice.
 */
@Service
public class TipIntake {

	private static final EnumSet<Role> OFFICERS = EnumSet.of(Role.ADMIN, Role.WARD_OFFICER, Role.AREA_OFFICER);

	private final TipRepository tips;

	private final TipCategories categories;

	private final TerritoryCatalog territory;

	private final DeadlineRules deadlines;

	private final ReceiptCodes receipts;

	private final FieldEncryptor encryptor;

	private final TipIntakeWriter writer;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Clock clock;

	TipIntake(TipRepository tips, TipCategories categories, TerritoryCatalog territory, DeadlineRules deadlines,
			ReceiptCodes receipts, FieldEncryptor encryptor, TipIntakeWriter writer, ApplicationEventPublisher events,
			JsonMapper json, Clock clock) {
		this.tips = tips;
		this.categories = categories;
		this.territory = territory;
		this.deadlines = deadlines;
		this.receipts = receipts;
		this.encryptor = encryptor;
		this.writer = writer;
		this.events = events;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * A tip from anyone, without signing in. Returns the receipt, shown once, after the
	 * tip is committed. Not one transaction: the checks read on their own, and the tip is
	 * committed together with those of concurrent requests ({@link TipIntakeWriter}).
	 */
	public Receipt submit(PublicSubmission submission) {
		Instant now = this.clock.instant();
		Optional<Receipt> earlier = earlierReceipt(submission.idempotencyKey());
		if (earlier.isPresent()) {
			return earlier.get();
		}
		TipInput input = new TipInput();
		Optional<TipCategory> category = category(input, submission.categoryCode());
		if (category.isPresent() && submission.channel() == TipChannel.OPEN311 && !category.get().open311()) {
			input.reject("categoryCode", "unknown");
		}
		String description = input.text("description", submission.description(), TipInput.DESCRIPTION_MAX, true);
		String address = input.text("address", submission.address(), 300, false);
		String name = submission.anonymous() ? null : input.text("reporterName", submission.reporterName(), 120, false);
		String contact = submission.anonymous() ? null
				: input.text("reporterContact", submission.reporterContact(), 120, false);
		input.coordinates(submission.latitude(), submission.longitude());
		input.notInFuture("occurredAt", submission.occurredAt(), now);
		Long unitId = submission.unitId();
		Long groupId = submission.groupId();
		Long placeId = null;
		java.math.BigDecimal latitude = submission.latitude();
		java.math.BigDecimal longitude = submission.longitude();
		if (submission.placeToken() != null) {
			PlaceSummary place = this.territory.findPlaceByToken(submission.placeToken())
				.orElseThrow(() -> NotFoundException.of("place", "token"));
			unitId = place.unitId();
			groupId = place.groupId();
			placeId = place.id();
			if (latitude == null) {
				latitude = place.latitude();
				longitude = place.longitude();
			}
			if (address == null) {
				address = place.name() + ((place.address() != null) ? ", " + place.address() : "");
			}
		}
		else {
			where(input, unitId, groupId);
		}
		String attributes = attributes(input, category.orElse(null), submission.attributes());
		input.throwIfAny();
		String secret = this.receipts.newSecret(submission.idempotencyKey());
		boolean urgent = category.get().defaultUrgent();
		TipDraft draft = new TipDraft(this.receipts.newCode(), ReceiptCodes.hash(secret),
				(submission.idempotencyKey() != null) ? "public:" + submission.idempotencyKey() : null,
				category.get().code(), submission.channel(), urgent, unitId, groupId, placeId, address, latitude,
				longitude, submission.occurredAt(), now, description, attributes,
				(name != null || contact != null) ? ReporterKind.IDENTIFIED : ReporterKind.ANONYMOUS, null,
				this.encryptor.encrypt(name), this.encryptor.encrypt(contact), null, null, null, null, null, null,
				null);
		Deadlines due = this.deadlines.deadlinesFor(now, urgent);
		Tip tip;
		try {
			tip = this.writer.write(() -> Tip.receive(draft, due, now, new Actor(null, null)), submission.photos());
		}
		catch (DuplicateKeyException ex) {
			// a retry that raced its original: both carry the key, the original won
			return earlierReceipt(submission.idempotencyKey()).orElseThrow(() -> ex);
		}
		return new Receipt(tip.id(), tip.receiptCode(), secret);
	}

	private Optional<Receipt> earlierReceipt(String idempotencyKey) {
		if (idempotencyKey == null) {
			return Optional.empty();
		}
		return this.tips.findByIdempotencyKey("public:" + idempotencyKey)
			.map((tip) -> new Receipt(tip.id(), tip.receiptCode(), this.receipts.newSecret(idempotencyKey)));
	}

	/** A tip entered by a force member or an officer. */
	@Transactional
	public Tip record(CurrentUser user, FieldReport report) {
		if (!OFFICERS.contains(user.role()) && !user.hasRole(Role.FORCE_MEMBER)) {
			throw new AccessDeniedException("Force members and officers only");
		}
		String key = (report.idempotencyKey() != null) ? "staff:" + user.accountId() + ":" + report.idempotencyKey()
				: null;
		return record(user, report, key);
	}

	/**
	 * A tip opened by staff of another module on their record's behalf (a mediator's
	 * escalation, a community member's reply): any staff role, field channel, kept once
	 * per source record by its key.
	 */
	@Transactional
	public Tip recordFor(CurrentUser user, FieldReport report, String sourceKey) {
		return record(user, report, "source:" + sourceKey);
	}

	private Tip record(CurrentUser user, FieldReport report, String key) {
		boolean officer = OFFICERS.contains(user.role());
		Instant now = this.clock.instant();
		if (key != null) {
			Optional<Tip> existing = this.tips.findByIdempotencyKey(key);
			if (existing.isPresent()) {
				return existing.get();
			}
		}
		TipInput input = new TipInput();
		Optional<TipCategory> category = category(input, report.categoryCode());
		TipChannel channel = (report.channel() != null) ? report.channel() : TipChannel.FIELD;
		if (channel.isPublic() || (!officer && channel != TipChannel.FIELD)) {
			input.reject("channel", "not-allowed");
		}
		String description = input.text("description", report.description(), TipInput.DESCRIPTION_MAX, true);
		String address = input.text("address", report.address(), 300, false);
		input.coordinates(report.latitude(), report.longitude());
		input.notInFuture("occurredAt", report.occurredAt(), now);
		input.notInFuture("receivedAt", report.receivedAt(), now);
		if (report.receivedAt() != null && !officer) {
			input.reject("receivedAt", "officers-only");
		}
		Long unitId = (report.unitId() != null) ? report.unitId() : user.unitId();
		where(input, unitId, report.groupId());
		if (unitId != null) {
			user.require(unitId, report.groupId(), "unit", unitId);
		}
		boolean staffReporter = channel == TipChannel.FIELD;
		String name = input.text("reporterName", report.reporterName(), 120, false);
		String contact = input.text("reporterContact", report.reporterContact(), 300, false);
		String idNumber = input.text("reporterIdNumber", report.reporterIdNumber(), 120, false);
		String withheld = input.text("withheldReason", report.withheldReason(), 300, false);
		if (!staffReporter && name == null && contact == null && idNumber == null && withheld == null) {
			input.reject("withheldReason", "identity-or-reason");
		}
		String people = input.text("peopleInvolved", report.peopleInvolved(), 2000, false);
		String damage = input.text("damage", report.damage(), 1000, false);
		String measures = input.text("measuresTaken", report.measuresTaken(), 1000, false);
		String knowledge = input.text("reporterKnowledge", report.reporterKnowledge(), 1000, false);
		String reason = input.text("urgencyReason", report.urgencyReason(), 500, false);
		input.throwIfAny();
		boolean urgent = (report.urgent() != null) ? report.urgent() : category.get().defaultUrgent();
		Instant receivedAt = (report.receivedAt() != null) ? report.receivedAt() : now;
		ReporterKind kind = staffReporter ? ReporterKind.STAFF
				: (withheld != null && name == null && contact == null && idNumber == null) ? ReporterKind.ANONYMOUS
						: ReporterKind.IDENTIFIED;
		TipDraft draft = new TipDraft(this.receipts.newCode(), null, key, category.get().code(), channel, urgent,
				unitId, report.groupId(), null, address, report.latitude(), report.longitude(), report.occurredAt(),
				receivedAt, description, null, kind, staffReporter ? user.accountId() : null,
				this.encryptor.encrypt(name), this.encryptor.encrypt(contact), this.encryptor.encrypt(idNumber),
				withheld, people, damage, measures, knowledge, user.accountId());
		Tip tip = Tip.receive(draft, this.deadlines.deadlinesFor(receivedAt, urgent), now, Actor.of(user));
		if (urgent && reason != null) {
			tip.markUrgent(true, reason, this.deadlines.deadlinesFor(receivedAt, true), Actor.of(user), now);
		}
		Tip saved = this.tips.save(tip);
		this.events.publishEvent(new TipReceived(saved.facts()));
		return saved;
	}

	private Optional<TipCategory> category(TipInput input, String code) {
		if (code == null || code.isBlank()) {
			input.reject("categoryCode", "required");
			return Optional.empty();
		}
		Optional<TipCategory> category = this.categories.find(code.strip());
		if (category.isEmpty()) {
			input.reject("categoryCode", "unknown");
		}
		return category;
	}

	private void where(TipInput input, Long unitId, Long groupId) {
		if (unitId == null) {
			input.reject("unitId", "required");
			return;
		}
		Optional<AdminUnitSummary> unit = this.territory.findUnit(unitId);
		if (unit.isEmpty() || unit.get().level() != AdminLevel.COMMUNE) {
			input.reject("unitId", "unknown");
			return;
		}
		if (groupId != null) {
			Optional<ResidentialGroupSummary> group = this.territory.findGroup(groupId);
			if (group.isEmpty() || group.get().unitId() != unitId) {
				input.reject("groupId", "unknown");
			}
		}
	}

	private String attributes(TipInput input, TipCategory category, Map<String, String> given) {
		if (category == null) {
			return null;
		}
		Map<String, String> kept = new java.util.TreeMap<>();
		for (TipCategory.Attribute attribute : category.attributes()) {
			String value = given.get(attribute.code());
			if (value == null || value.isBlank()) {
				if (attribute.required()) {
					input.reject("attribute[" + attribute.code() + "]", "required");
				}
				continue;
			}
			boolean listed = attribute.values().isEmpty()
					|| attribute.values().stream().anyMatch((choice) -> choice.key().equals(value));
			String text = input.text("attribute[" + attribute.code() + "]", value, 200, false);
			if (!listed) {
				input.reject("attribute[" + attribute.code() + "]", "unknown");
			}
			else if (text != null) {
				kept.put(attribute.code(), text);
			}
		}
		return kept.isEmpty() ? null : this.json.writeValueAsString(kept);
	}

}

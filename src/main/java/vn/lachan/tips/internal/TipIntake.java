package vn.lachan.tips.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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

	private final TipInserts inserts;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Clock clock;

	TipIntake(TipRepository tips, TipCategories categories, TerritoryCatalog territory, DeadlineRules deadlines,
			ReceiptCodes receipts, FieldEncryptor encryptor, TipIntakeWriter writer, TipInserts inserts,
			ApplicationEventPublisher events, JsonMapper json, Clock clock) {
		this.tips = tips;
		this.categories = categories;
		this.territory = territory;
		this.deadlines = deadlines;
		this.receipts = receipts;
		this.encryptor = encryptor;
		this.writer = writer;
		this.inserts = inserts;
		this.events = events;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * A tip from anyone, without signing in: web, QR or Open311. Returns the receipt,
	 * shown once, after the tip is committed. Not one transaction: the checks read on
	 * their own, and the tip is committed together with those of concurrent requests
	 * ({@link TipIntakeWriter}).
	 */
	public Receipt submit(TipSubmission submission) {
		if (!submission.channel().isPublic()) {
			throw new IllegalArgumentException("Not a public channel: " + submission.channel());
		}
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
		ReporterDetails given = submission.reporter();
		String name = given.anonymous() ? null : input.text("reporterName", given.name(), 120, false);
		String contact = given.anonymous() ? null : input.text("reporterContact", given.contact(), 120, false);
		TipPlace place = publicPlace(input, submission);
		Tip.Content content = content(input, submission, category, null, now);
		input.throwIfAny();
		String secret = this.receipts.newSecret(submission.idempotencyKey());
		Tip.Receiving receiving = new Tip.Receiving(this.receipts.newCode(), ReceiptCodes.hash(secret),
				(submission.idempotencyKey() != null) ? "public:" + submission.idempotencyKey() : null,
				submission.channel(), now, null, now);
		TipReporter reporter = new TipReporter(
				(name != null || contact != null) ? ReporterKind.IDENTIFIED : ReporterKind.ANONYMOUS, null,
				this.encryptor.encrypt(name), this.encryptor.encrypt(contact), null);
		Deadlines due = this.deadlines.deadlinesFor(now, content.urgent());
		Tip tip;
		try {
			tip = this.writer.write(() -> Tip.receive(receiving, content, place, reporter, due, new Actor(null, null)),
					submission.photos());
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

	/** A tip entered by a force member or an officer: field, phone or in person. */
	@Transactional
	public Tip record(CurrentUser user, TipSubmission submission) {
		if (!OFFICERS.contains(user.role()) && !user.hasRole(Role.FORCE_MEMBER)) {
			throw new AccessDeniedException("Force members and officers only");
		}
		String key = (submission.idempotencyKey() != null)
				? "staff:" + user.accountId() + ":" + submission.idempotencyKey() : null;
		return record(user, submission, key);
	}

	/**
	 * A tip opened by staff of another module on their record's behalf (a mediator's
	 * escalation, a community member's reply): any staff role, field channel, kept once
	 * per source record by its key.
	 */
	@Transactional
	public Tip recordFor(CurrentUser user, TipSubmission submission, String sourceKey) {
		return record(user, submission, "source:" + sourceKey);
	}

	private Tip record(CurrentUser user, TipSubmission submission, String key) {
		boolean officer = OFFICERS.contains(user.role());
		Instant now = this.clock.instant();
		if (key != null) {
			Optional<Tip> existing = this.tips.findByIdempotencyKey(key);
			if (existing.isPresent()) {
				return existing.get();
			}
		}
		TipInput input = new TipInput();
		Optional<TipCategory> category = category(input, submission.categoryCode());
		TipChannel channel = (submission.channel() != null) ? submission.channel() : TipChannel.FIELD;
		if (channel.isPublic() || (!officer && channel != TipChannel.FIELD)) {
			input.reject("channel", "not-allowed");
		}
		input.notInFuture("receivedAt", submission.receivedAt(), now);
		if (submission.receivedAt() != null && !officer) {
			input.reject("receivedAt", "officers-only");
		}
		TipPlace given = submission.place();
		String address = input.text("address", given.address(), 300, false);
		input.coordinates(given.latitude(), given.longitude());
		Long unitId = (given.unitId() != null) ? given.unitId() : user.unitId();
		where(input, unitId, given.groupId());
		if (unitId != null) {
			user.require(unitId, given.groupId(), "unit", unitId);
		}
		boolean staffReporter = channel == TipChannel.FIELD;
		ReporterDetails details = submission.reporter();
		String name = input.text("reporterName", details.name(), 120, false);
		String contact = input.text("reporterContact", details.contact(), 300, false);
		String idNumber = input.text("reporterIdNumber", details.idNumber(), 120, false);
		String withheld = input.text("withheldReason", details.withheldReason(), 300, false);
		if (!staffReporter && name == null && contact == null && idNumber == null && withheld == null) {
			input.reject("withheldReason", "identity-or-reason");
		}
		Circumstances circumstances = circumstances(input, submission.circumstances());
		String reason = input.text("urgencyReason", submission.urgencyReason(), 500, false);
		Tip.Content checked = content(input, submission, category, withheld, now);
		input.throwIfAny();
		boolean urgent = (submission.urgent() != null) ? submission.urgent() : checked.urgent();
		Tip.Content content = new Tip.Content(checked.categoryCode(), urgent, checked.description(),
				checked.occurredAt(), null, withheld, circumstances);
		Instant receivedAt = (submission.receivedAt() != null) ? submission.receivedAt() : now;
		ReporterKind kind = staffReporter ? ReporterKind.STAFF
				: (withheld != null && name == null && contact == null && idNumber == null) ? ReporterKind.ANONYMOUS
						: ReporterKind.IDENTIFIED;
		TipReporter reporter = new TipReporter(kind, staffReporter ? user.accountId() : null,
				this.encryptor.encrypt(name), this.encryptor.encrypt(contact), this.encryptor.encrypt(idNumber));
		Tip tip = Tip.receive(
				new Tip.Receiving(this.receipts.newCode(), null, key, channel, receivedAt, user.accountId(), now),
				content, new TipPlace(unitId, given.groupId(), null, address, given.latitude(), given.longitude()),
				reporter, this.deadlines.deadlinesFor(receivedAt, urgent), Actor.of(user));
		if (urgent && reason != null) {
			tip.markUrgent(true, reason, this.deadlines.deadlinesFor(receivedAt, true), Actor.of(user), now);
		}
		this.inserts.insert(List.of(tip));
		this.events.publishEvent(new TipReceived(tip.facts()));
		return tip;
	}

	/**
	 * What every channel checks the same way: description, time of the incident and the
	 * category's attributes; urgent by the category's default.
	 */
	private Tip.Content content(TipInput input, TipSubmission submission, Optional<TipCategory> category,
			String withheld, Instant now) {
		String description = input.text("description", submission.description(), TipInput.DESCRIPTION_MAX, true);
		input.notInFuture("occurredAt", submission.occurredAt(), now);
		String attributes = attributes(input, category.orElse(null), submission.attributes());
		return new Tip.Content(category.map(TipCategory::code).orElse(null),
				category.map(TipCategory::defaultUrgent).orElse(false), description, submission.occurredAt(),
				attributes, withheld, Circumstances.NONE);
	}

	/** The place of a public tip: the QR code's place, or the ward and pin as given. */
	private TipPlace publicPlace(TipInput input, TipSubmission submission) {
		TipPlace given = submission.place();
		String address = input.text("address", given.address(), 300, false);
		input.coordinates(given.latitude(), given.longitude());
		if (submission.placeToken() == null) {
			where(input, given.unitId(), given.groupId());
			return TipPlace.given(given.unitId(), given.groupId(), address, given.latitude(), given.longitude());
		}
		PlaceSummary place = this.territory.findPlaceByToken(submission.placeToken())
			.orElseThrow(() -> NotFoundException.of("place", "token"));
		boolean pinned = given.latitude() != null;
		return new TipPlace(place.unitId(), place.groupId(), place.id(),
				(address != null) ? address : place.name() + ((place.address() != null) ? ", " + place.address() : ""),
				pinned ? given.latitude() : place.latitude(), pinned ? given.longitude() : place.longitude());
	}

	private static Circumstances circumstances(TipInput input, Circumstances given) {
		return new Circumstances(input.text("peopleInvolved", given.peopleInvolved(), 2000, false),
				input.text("damage", given.damage(), 1000, false),
				input.text("measuresTaken", given.measuresTaken(), 1000, false),
				input.text("reporterKnowledge", given.reporterKnowledge(), 1000, false));
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
		Map<String, String> kept = new TreeMap<>();
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

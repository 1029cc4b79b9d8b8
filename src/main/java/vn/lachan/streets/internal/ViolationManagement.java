package vn.lachan.streets.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.forces.ForcesCatalog;
import vn.lachan.forces.TeamSummary;
import vn.lachan.shared.ConflictException;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.crypto.FieldEncryptor;
import vn.lachan.shared.photo.PhotoSanitizer;
import vn.lachan.shared.photo.PhotoSanitizer.PhotoRefused;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.time.VietnamTime;
import vn.lachan.streets.OffenderKind;
import vn.lachan.streets.ViolationChanged;
import vn.lachan.streets.ViolationStep;
import vn.lachan.streets.ViolationsRecorded;
import vn.lachan.territory.ResidentialGroupSummary;
import vn.lachan.territory.TerritoryCatalog;
import vn.lachan.tips.TipOverview;

import static vn.lachan.streets.internal.ViolationChecks.problem;

/**
 * Records violations from the field and takes them through their steps. Every read and
 * write is scoped to the caller's ward; a rejected request changes nothing.
 */
@Service
public class ViolationManagement {

	static final String RESOURCE = "violation";

	private final ViolationRepository violations;

	private final ViolationPhotoRepository photos;

	private final SanctionQueries catalogue;

	private final WorkingCalendar calendar;

	private final PhotoSanitizer sanitizer;

	private final FieldEncryptor encryptor;

	private final TerritoryCatalog territory;

	private final ForcesCatalog forces;

	private final ViolationTips tips;

	private final SweepRepository sweeps;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ViolationManagement(ViolationRepository violations, ViolationPhotoRepository photos, SanctionQueries catalogue,
			WorkingCalendar calendar, PhotoSanitizer sanitizer, FieldEncryptor encryptor, TerritoryCatalog territory,
			ForcesCatalog forces, ViolationTips tips, SweepRepository sweeps, ApplicationEventPublisher events,
			Clock clock) {
		this.violations = violations;
		this.photos = photos;
		this.catalogue = catalogue;
		this.calendar = calendar;
		this.sanitizer = sanitizer;
		this.encryptor = encryptor;
		this.territory = territory;
		this.forces = forces;
		this.tips = tips;
		this.sweeps = sweeps;
		this.events = events;
		this.clock = clock;
	}

	/** Records a violation with its photos (JPEG or PNG, re-encoded without metadata). */
	@Transactional
	public Violation record(CurrentUser user, NewViolation input, List<byte[]> photoData) {
		List<PhotoSanitizer.Photo> sanitised = sanitise(photoData);
		Violation saved = this.violations
			.save(Violation.detect(draft(user, input, null, null), Actor.of(user), this.clock.instant()));
		storePhotos(saved.id(), sanitised);
		this.events.publishEvent(new ViolationChanged(saved.facts()));
		return saved;
	}

	/** Many violations at once (a sweep, the demo): all checked before any is stored. */
	@Transactional
	public List<Violation> recordAll(CurrentUser user, List<NewViolation> inputs, Long sweepId) {
		List<Violation> detected = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			try {
				detected.add(Violation.detect(draft(user, inputs.get(i), sweepId, null), Actor.of(user),
						this.clock.instant()));
			}
			catch (InvalidInputException ex) {
				int row = i;
				throw new InvalidInputException(ex.fieldProblems()
					.stream()
					.map((p) -> problem("violations[" + row + "]." + p.field(), p.code(), p.message()))
					.toList());
			}
		}
		List<Violation> saved = this.violations.saveAll(detected);
		ViolationsRecorded.inChunks(saved.stream().map(Violation::facts).toList()).forEach(this.events::publishEvent);
		return saved;
	}

	/**
	 * A tip of the public (category sidewalk-encroachment or illegal-sign) turned into a
	 * violation at the tip's place and time; the tip is linked and follows it.
	 */
	@Transactional
	public Violation recordFromTip(CurrentUser user, long tipId, String typeCode, OffenderKind kind,
			String offenderName, String offenderIdentifier, String summary) {
		TipOverview tip = this.tips.convertible(user, tipId);
		if (!this.catalogue.typesForTipCategory(tip.categoryCode()).contains(typeCode)) {
			throw new InvalidInputException(List.of(problem("typeCode", "category", "streets.error.type-for-tip")));
		}
		if (this.violations.existsByTipId(tipId)) {
			throw new ConflictException("streets-tip-converted", "This tip is already a violation");
		}
		Instant occurred = (tip.occurredAt() != null) ? tip.occurredAt() : tip.receivedAt();
		String address = (tip.address() != null && !tip.address().isBlank()) ? tip.address() : tip.receiptCode();
		NewViolation input = new NewViolation(tip.unitId(), tip.groupId(), typeCode, occurred, address,
				(tip.latitude() != null) ? BigDecimal.valueOf(tip.latitude()) : null,
				(tip.longitude() != null) ? BigDecimal.valueOf(tip.longitude()) : null, summary, kind, offenderName,
				offenderIdentifier, null);
		Violation saved = this.violations
			.save(Violation.detect(draft(user, input, null, tipId), Actor.of(user), this.clock.instant()));
		this.events.publishEvent(new ViolationChanged(saved.facts()));
		this.tips.linked(user, tipId, saved.id());
		return saved;
	}

	/** A sweep: one street, one day, one team, and the violations entered on it. */
	@Transactional
	public List<Violation> sweep(CurrentUser user, long unitId, Long teamId, String street, LocalDate day,
			List<NewViolation> inputs) {
		user.requireUnit(unitId, "unit", unitId);
		if (inputs.stream().anyMatch((v) -> v.unitId() != unitId)) {
			throw new InvalidInputException(List.of(problem("violations", "unit", "streets.error.sweep-unit")));
		}
		checkNotFuture(day, "sweepDate");
		Sweep sweep = this.sweeps
			.save(new Sweep(null, unitId, teamId, street.strip(), day, user.accountId(), this.clock.instant()));
		return recordAll(user,
				inputs.stream()
					.map((v) -> (v.teamId() != null || teamId == null) ? v
							: new NewViolation(v.unitId(), v.groupId(), v.typeCode(), v.occurredAt(), v.address(),
									v.latitude(), v.longitude(), v.summary(), v.offenderKind(), v.offenderName(),
									v.offenderIdentifier(), teamId))
					.toList(),
				sweep.id());
	}

	@Transactional
	public void addPhoto(CurrentUser user, long id, byte[] data) {
		Violation violation = find(user, id);
		if (this.photos.idsOf(violation.id()).size() >= PhotoSanitizer.MAX_PHOTOS) {
			throw new InvalidInputException(List.of(problem("photos", "count", "streets.error.photo-count")));
		}
		storePhotos(violation.id(), sanitise(List.of(data)));
	}

	/** Moves the violation to its next step (all but the decision). */
	@Transactional
	public Violation advance(CurrentUser user, long id, ViolationStep to, LocalDate on, String note,
			boolean transferred) {
		Violation violation = find(user, id);
		checkNote(note);
		LocalDate day = (on != null) ? on : today();
		checkNotFuture(day, "on");
		Sanction sanction = this.catalogue.inForce(violation.typeCode(), violation.occurredOn()).orElse(null);
		violation.advance(to, day, note, transferred, sanction, Actor.of(user), this.clock.instant(),
				this.calendar.workingDays());
		return saved(user, violation);
	}

	/**
	 * The decision and its fine, validated against the catalogue and the title's power.
	 */
	@Transactional
	public Violation decide(CurrentUser user, long id, String titleCode, Long fine, LocalDate decidedOn, String note) {
		Violation violation = find(user, id);
		List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
		if (fine == null) {
			problems.add(problem("fine", "required", "streets.error.required"));
		}
		else if (fine < 0) {
			problems.add(problem("fine", "negative", "streets.error.fine-negative"));
		}
		if (titleCode == null || this.catalogue.titles().stream().noneMatch((t) -> t.code().equals(titleCode))) {
			problems.add(problem("titleCode", "unknown", "streets.error.title"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		checkNote(note);
		LocalDate day = (decidedOn != null) ? decidedOn : today();
		checkNotFuture(day, "decidedOn");
		Sanction sanction = this.catalogue.inForce(violation.typeCode(), violation.occurredOn()).orElse(null);
		Competence competence = (sanction != null)
				? this.catalogue.competence(sanction.decreeCode(), titleCode).orElse(null) : null;
		violation.decide(sanction, competence, titleCode, fine, day, note, Actor.of(user), this.clock.instant());
		return saved(user, violation);
	}

	@Transactional
	public Violation extendDecisionLimit(CurrentUser user, long id) {
		Violation violation = find(user, id);
		violation.extendDecisionLimit(Actor.of(user), this.calendar.workingDays());
		return saved(user, violation);
	}

	/** The violation, or 404 outside the caller's scope. */
	public Violation find(CurrentUser user, long id) {
		Violation violation = this.violations.findById(id).orElseThrow(() -> NotFoundException.of(RESOURCE, id));
		user.require(violation.unitId(), violation.groupId(), RESOURCE, id);
		return violation;
	}

	public List<Long> photoIds(CurrentUser user, long id) {
		return this.photos.idsOf(find(user, id).id());
	}

	public PhotoSanitizer.Photo photo(CurrentUser user, long id, long photoId) {
		find(user, id);
		return this.photos.findByIdAndViolationId(photoId, id)
			.map((p) -> new PhotoSanitizer.Photo(p.contentType(), p.data()))
			.orElseThrow(() -> NotFoundException.of("photo", photoId));
	}

	/** The offender's name and identifier, decrypted; the caller audits the read. */
	public Offender offender(CurrentUser user, long id) {
		Violation violation = find(user, id);
		return new Offender(violation.offenderKind(), this.encryptor.decrypt(violation.offenderName()),
				this.encryptor.decrypt(violation.offenderIdentifier()));
	}

	/** The offender of a violation. */
	public record Offender(OffenderKind kind, String name, String identifier) {
	}

	private Violation saved(CurrentUser user, Violation violation) {
		Violation saved = this.violations.save(violation);
		this.events.publishEvent(new ViolationChanged(saved.facts()));
		if (saved.tipId() != null && saved.step().concluded()) {
			this.tips.concluded(user, saved.tipId(), saved.id(), saved.fineAmount() != null);
		}
		return saved;
	}

	private ViolationDraft draft(CurrentUser user, NewViolation input, Long sweepId, Long tipId) {
		user.requireUnit(input.unitId(), "unit", input.unitId());
		ViolationChecks.check(input, this.catalogue.types().stream().map(SanctionQueries.Code::code).toList(),
				this.clock.instant());
		if (input.groupId() != null && this.territory.groupsOf(input.unitId())
			.stream()
			.map(ResidentialGroupSummary::id)
			.noneMatch(input.groupId()::equals)) {
			throw new InvalidInputException(List.of(problem("groupId", "unknown", "streets.error.group")));
		}
		Long teamId = input.teamId();
		if (teamId != null) {
			TeamSummary team = this.forces.findTeam(teamId).orElse(null);
			if (team == null || team.unitId() != input.unitId()) {
				throw new InvalidInputException(List.of(problem("teamId", "unknown", "streets.error.team")));
			}
		}
		else {
			teamId = this.forces.teamsOfMember(user.accountId())
				.stream()
				.filter((t) -> this.forces.findTeam(t).map((s) -> s.unitId() == input.unitId()).orElse(false))
				.findFirst()
				.orElse(null);
		}
		String name = blankToNull(input.offenderName());
		String identifier = blankToNull(input.offenderIdentifier());
		return new ViolationDraft(input.unitId(), input.groupId(), input.typeCode(), input.occurredAt(),
				input.occurredAt().atZone(VietnamTime.ZONE).toLocalDate(), input.address().strip(),
				OffenderKeys.address(input.address()), input.latitude(), input.longitude(),
				blankToNull(input.summary()), input.offenderKind(),
				(name != null) ? this.encryptor.encrypt(name) : null,
				(identifier != null) ? this.encryptor.encrypt(identifier) : null,
				OffenderKeys.offender(this.encryptor, input.offenderKind(), name, identifier), teamId, sweepId, tipId);
	}

	private List<PhotoSanitizer.Photo> sanitise(List<byte[]> data) {
		if (data.size() > PhotoSanitizer.MAX_PHOTOS) {
			throw new InvalidInputException(List.of(problem("photos", "count", "streets.error.photo-count")));
		}
		List<PhotoSanitizer.Photo> sanitised = new ArrayList<>();
		for (byte[] bytes : data) {
			try {
				sanitised.add(this.sanitizer.sanitise(bytes));
			}
			catch (PhotoRefused ex) {
				throw new InvalidInputException(List.of(problem("photos", ex.code(), "streets.error." + ex.code())));
			}
		}
		return sanitised;
	}

	private void storePhotos(long violationId, List<PhotoSanitizer.Photo> sanitised) {
		Instant now = this.clock.instant();
		for (PhotoSanitizer.Photo photo : sanitised) {
			this.photos.save(
					new ViolationPhoto(null, violationId, photo.contentType(), photo.data().length, photo.data(), now));
		}
	}

	private static void checkNote(String note) {
		if (note != null && note.length() > ViolationChecks.SUMMARY_MAX) {
			throw new InvalidInputException(List.of(problem("note", "too-long", "streets.error.summary-too-long")));
		}
	}

	private void checkNotFuture(LocalDate day, String field) {
		if (day.isAfter(today())) {
			throw new InvalidInputException(List.of(problem(field, "future", "streets.error.future")));
		}
	}

	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(VietnamTime.ZONE));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}

package vn.lachan.residence.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.access.AccessCatalog;
import vn.lachan.access.AccountSummary;
import vn.lachan.access.AuditTrail;
import vn.lachan.residence.AccommodationSummary;
import vn.lachan.residence.GuestDeparted;
import vn.lachan.residence.StayFilter;
import vn.lachan.residence.StayView;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.InvalidInputException.FieldProblem;
import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.RuleViolationException;
import vn.lachan.shared.crypto.FieldEncryptor;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;
import vn.lachan.shared.text.VietnameseText;
import vn.lachan.territory.TerritoryCatalog;

import static vn.lachan.shared.time.VietnamTime.utc;

/**
 * Accommodations, departures, and what staff see of guests: lists within scope, a guest's
 * details and person searches, each with a stated purpose and written to the audit trail.
 */
@Service
@Transactional
public class StayManagement {

	/** Record type of stays in the audit trail. */
	public static final String AUDIT_STAY = "stay";

	/** The purpose recorded when staff open a list of guests. */
	static final String LIST_PURPOSE = "Danh sách khách lưu trú trên địa bàn (3 biết)";

	/** The purpose recorded when staff open one guest's stay (without the ID number). */
	static final String VIEW_PURPOSE = "Xem thông tin khách lưu trú";

	private final AccommodationRepository accommodations;

	private final StayQueries stays;

	private final TemporaryResidenceManagement residences;

	private final ResidenceScope scope;

	private final AuditTrail audit;

	private final AccessCatalog access;

	private final TerritoryCatalog territory;

	private final FieldEncryptor encryptor;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StayManagement(AccommodationRepository accommodations, StayQueries stays, TemporaryResidenceManagement residences,
			ResidenceScope scope, AuditTrail audit, AccessCatalog access, TerritoryCatalog territory,
			FieldEncryptor encryptor, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.accommodations = accommodations;
		this.stays = stays;
		this.residences = residences;
		this.scope = scope;
		this.audit = audit;
		this.access = access;
		this.territory = territory;
		this.encryptor = encryptor;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	public AccommodationSummary registerAccommodation(CurrentUser user, AccommodationInput in) {
		requireRegistrar(user, in.unitId(), in.groupId());
		validate(in);
		long id = this.accommodations.insert(in.kind(), GuestRowParser.collapse(in.name()),
				GuestRowParser.collapse(in.address()), in.unitId(), in.groupId(), in.rooms(), in.beds(), in.officerId(),
				in.foreignGuests(), in.hostIds(), this.clock.instant());
		return this.accommodations.find(id).orElseThrow();
	}

	/**
	 * Ward staff change what they registered about an accommodation of their scope (the
	 * ward stays the same): kind, name, address, group, rooms, beds, hosts, area officer.
	 * @param version the version the change was made from
	 * @throws NotFoundException when the accommodation is outside the caller's scope
	 * @throws org.springframework.dao.OptimisticLockingFailureException when someone
	 * saved it meanwhile
	 */
	public AccommodationSummary updateAccommodation(CurrentUser user, long id, int version, AccommodationInput in) {
		AccommodationSummary current = this.scope.require(user, id);
		requireRegistrar(user, current.unitId(), current.groupId());
		AccommodationInput changed = new AccommodationInput(in.kind(), in.name(), in.address(), current.unitId(),
				in.groupId(), in.rooms(), in.beds(), in.hostIds(), in.officerId(), in.foreignGuests());
		if (!user.canSee(changed.unitId(), changed.groupId())) {
			throw new InvalidInputException(List.of(problem("groupId", "residence.group.not-in-unit")));
		}
		validate(changed);
		this.accommodations.update(id, version, changed.kind(), GuestRowParser.collapse(changed.name()),
				GuestRowParser.collapse(changed.address()), changed.groupId(), changed.rooms(), changed.beds(),
				changed.officerId(), changed.foreignGuests(), changed.hostIds());
		return this.accommodations.find(id).orElseThrow();
	}

	private static void requireRegistrar(CurrentUser user, long unitId, Long groupId) {
		if (!ResidenceScope.isStaff(user) || user.hasRole(Role.COMMITTEE) || !user.canSee(unitId, groupId)) {
			throw NotFoundException.of("admin-unit", unitId);
		}
	}

	private void validate(AccommodationInput in) {
		List<FieldProblem> problems = new ArrayList<>();
		if (in.kind() == null) {
			problems.add(problem("kind", "residence.accommodation.kind.required"));
		}
		if (GuestRowParser.collapse(in.name()) == null) {
			problems.add(problem("name", "residence.accommodation.name.required"));
		}
		if (GuestRowParser.collapse(in.address()) == null) {
			problems.add(problem("address", "residence.address.required"));
		}
		if (in.rooms() < 0 || in.beds() < 0) {
			problems.add(problem("rooms", "residence.accommodation.rooms.invalid"));
		}
		if (in.groupId() != null
				&& this.territory.findGroup(in.groupId()).filter((g) -> g.unitId() == in.unitId()).isEmpty()) {
			problems.add(problem("groupId", "residence.group.not-in-unit"));
		}
		for (Long host : in.hostIds()) {
			if (this.access.findAccount(host).map(AccountSummary::role).filter(Role.HOST::equals).isEmpty()) {
				problems.add(problem("hostIds", "residence.accommodation.host.invalid"));
			}
		}
		if (in.officerId() != null && this.access.findAccount(in.officerId())
			.filter((a) -> a.role() == Role.AREA_OFFICER && a.unitId() != null && a.unitId() == in.unitId())
			.isEmpty()) {
			problems.add(problem("officerId", "residence.accommodation.officer.invalid"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	@Transactional(readOnly = true)
	public List<AccommodationSummary> accommodations(CurrentUser user) {
		if (user.hasRole(Role.HOST)) {
			return this.accommodations.ofHost(user.accountId());
		}
		if (!ResidenceScope.isStaff(user)) {
			return List.of();
		}
		return this.accommodations.inUnits(user.unrestricted() ? null : user.unitIds())
			.stream()
			.filter((a) -> this.scope.canUse(user, a))
			.toList();
	}

	/** One page of the accommodations of {@link #accommodations(CurrentUser)}. */
	@Transactional(readOnly = true)
	public PageResult<AccommodationSummary> accommodations(CurrentUser user, PageQuery page) {
		return this.accommodations.page(user, page);
	}

	@Transactional(readOnly = true)
	public AccommodationSummary accommodation(CurrentUser user, long id) {

		return this.scope.require(user, id);
	}

	/** Stays within scope; staff lists of guests are written to the audit trail. */
	public PageResult<StayView> list(CurrentUser user, StayFilter filter, PageQuery page) {
		PageResult<StayView> result = this.stays.list(user, filter, page);
		if (ResidenceScope.isStaff(user)) {
			this.audit.personalDataSearched(user, "stay-list", user.unitId(), LIST_PURPOSE);
		}
		return result;
	}

	/**
	 * A stay as its host or staff in scope see it, without the ID number; a staff view is
	 * written to the audit trail.
	 */
	public StayView stay(CurrentUser user, long stayId) {
		StayView stay = visible(user, stayId);
		if (ResidenceScope.isStaff(user)) {
			this.audit.personalDataRead(user, AUDIT_STAY, stayId, stay.unitId(), VIEW_PURPOSE);
		}
		return stay;
	}

	private StayView visible(CurrentUser user, long stayId) {
		StayView stay = this.stays.find(stayId).orElseThrow(() -> NotFoundException.of(AUDIT_STAY, stayId));
		if (!this.scope.canSeeStay(user, stay.accommodationId(), stay.unitId(), stay.groupId())) {
			throw NotFoundException.of(AUDIT_STAY, stayId);
		}
		return stay;
	}

	/** A guest's details with the ID number, for staff who state why; audited. */
	public GuestDetails viewGuest(CurrentUser user, long stayId, String purpose) {
		StayView stay = visible(user, stayId);
		if (!ResidenceScope.isStaff(user)) {
			throw NotFoundException.of(AUDIT_STAY, stayId);
		}
		String stated = requirePurpose(purpose);
		this.audit.personalDataRead(user, AUDIT_STAY, stayId, stay.unitId(), stated);
		return new GuestDetails(stay, this.encryptor.decrypt(this.stays.encryptedDocument(stayId)));
	}

	/** The guests of one notification: for its host and staff in scope. */
	@Transactional(readOnly = true)
	public List<StayView> notification(CurrentUser user, long notificationId) {
		List<StayView> guests = this.stays.ofNotification(notificationId);
		if (guests.isEmpty() || !this.scope.canSeeStay(user, guests.get(0).accommodationId(), guests.get(0).unitId(),
				guests.get(0).groupId())) {
			throw NotFoundException.of("stay-notification", notificationId);
		}
		return guests;
	}

	@Transactional(readOnly = true)
	public PageResult<StayQueries.NotificationRow> recentNotifications(CurrentUser user, PageQuery page) {
		return this.stays.recentNotifications(user, page);
	}

	/** Guests present per group and accommodation (counts only, so not audited). */
	@Transactional(readOnly = true)
	public List<PresentCount> presentCounts(CurrentUser user, Long groupId) {
		return this.stays.presentCounts(user, groupId);
	}

	/** Records that a guest left. */
	public StayView depart(CurrentUser user, long stayId, Instant departedAt) {
		StayView stay = visible(user, stayId);
		if (stay.departedAt() != null) {
			throw new RuleViolationException("residence.stay.already-departed", "Already departed");
		}
		Instant at = (departedAt != null) ? departedAt : this.clock.instant();
		if (at.isBefore(stay.arrivedAt()) || at.isAfter(this.clock.instant().plusSeconds(300))) {
			throw new InvalidInputException(List.of(problem("departedAt", "residence.stay.departure.invalid")));
		}
		this.jdbc.sql("UPDATE stay SET departed_at = :at WHERE id = :id AND departed_at IS NULL")
			.param("at", utc(at))
			.param("id", stayId)
			.update();
		this.events.publishEvent(new GuestDeparted(stayId, stay.unitId(), stay.groupId(), stay.foreigner(), at));
		return this.stays.find(stayId).orElseThrow();
	}

	/**
	 * Finds a person's stays and temporary residences within the caller's scope: by exact
	 * ID or passport number, or by full name with date of birth. Refused without a
	 * purpose; every search is written to the audit trail (without its criteria).
	 */
	public PersonSearchResult search(CurrentUser user, PersonQuery query) {
		if (!ResidenceScope.isStaff(user)) {
			throw NotFoundException.of("person-search", "-");
		}
		String purpose = requirePurpose(query.purpose());
		String number = GuestRowParser.trim(query.documentNumber());
		String name = GuestRowParser.collapse(query.fullName());
		PersonSearchResult result;
		if (number != null) {
			String index = this.encryptor.blindIndex(number);
			result = new PersonSearchResult(this.stays.byDocument(user, index),
					this.residences.byDocument(user, index));
		}
		else if (name != null && query.birthDate() != null) {
			String index = this.encryptor.blindIndex(VietnameseText.fold(name));
			result = new PersonSearchResult(this.stays.byName(user, index, query.birthDate()),
					this.residences.byName(user, index, query.birthDate()));
		}
		else {
			throw new InvalidInputException(List.of(problem("documentNumber", "residence.search.criteria")));
		}
		this.audit.personalDataSearched(user, AUDIT_STAY, user.unitId(), purpose);
		return result;
	}

	static String requirePurpose(String purpose) {
		String stated = GuestRowParser.collapse(purpose);
		if (stated == null || stated.length() < 5) {
			throw new RuleViolationException("residence.purpose-required", "A purpose is required");
		}
		return stated;
	}

	private static FieldProblem problem(String field, String code) {
		return new FieldProblem(field, code, code);
	}

}

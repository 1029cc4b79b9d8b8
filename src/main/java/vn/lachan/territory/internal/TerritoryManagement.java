package vn.lachan.territory.internal;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.shared.ConflictException;
import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.RuleViolationException;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;
import vn.lachan.territory.AdminLevel;
import vn.lachan.territory.AdminUnitSummary;
import vn.lachan.territory.PlaceKind;
import vn.lachan.territory.PlaceRemoved;
import vn.lachan.territory.PlaceSummary;
import vn.lachan.territory.ResidentialGroupKind;
import vn.lachan.territory.ResidentialGroupRemoved;
import vn.lachan.territory.ResidentialGroupSummary;

/**
 * Registers, changes and removes residential groups and places of a ward, within the
 * caller's scope. Only administrators and the ward's officers may change them.
 */
@Service
@Transactional
public class TerritoryManagement {

	private final AdminUnitQueries units;

	private final ResidentialGroupRepository groups;

	private final PlaceRepository places;

	private final ApplicationEventPublisher events;

	TerritoryManagement(AdminUnitQueries units, ResidentialGroupRepository groups, PlaceRepository places,
			ApplicationEventPublisher events) {
		this.units = units;
		this.groups = groups;
		this.places = places;
		this.events = events;
	}

	/**
	 * What a person enters about a residential group.
	 */
	public record GroupDetails(String name, ResidentialGroupKind kind, int households, int residents) {
	}

	/**
	 * What a person enters about a place.
	 */
	public record PlaceDetails(String name, PlaceKind kind, Long groupId, String address, BigDecimal latitude,
			BigDecimal longitude) {
	}

	public ResidentialGroupSummary registerGroup(CurrentUser user, long unitId, GroupDetails details) {
		AdminUnitSummary unit = editableWard(user, unitId);
		if (this.groups.findByUnitIdAndName(unit.id(), details.name().strip()).isPresent()) {
			throw new ConflictException("territory.group-exists", "Group exists", details.name().strip());
		}
		ResidentialGroup group = this.groups.save(ResidentialGroup.register(unit.id(), details.name(), details.kind(),
				details.households(), details.residents()));
		this.events.publishEvent(group.saved());
		return group.summary();
	}

	public ResidentialGroupSummary changeGroup(CurrentUser user, long groupId, GroupDetails details) {
		return changeGroup(user, groupId, null, details);
	}

	/**
	 * Changes a group if it is still at the version the change was made from.
	 * @param version that version, or {@code null} to change whatever is stored (imports)
	 * @throws OptimisticLockingFailureException when someone saved it meanwhile
	 */
	public ResidentialGroupSummary changeGroup(CurrentUser user, long groupId, Integer version, GroupDetails details) {
		ResidentialGroup group = this.groups.findById(groupId)
			.orElseThrow(() -> NotFoundException.of("residential-group", groupId));
		user.requireUnit(group.unitId(), "residential-group", groupId);
		editableWard(user, group.unitId());
		requireVersion("residential-group", groupId, version, group.summary().version());
		this.groups.findByUnitIdAndName(group.unitId(), details.name().strip())
			.filter((other) -> !other.id().equals(group.id()))
			.ifPresent((other) -> {
				throw new ConflictException("territory.group-exists", "Group exists", details.name().strip());
			});
		group.change(details.name(), details.kind(), details.households(), details.residents());
		ResidentialGroup saved = this.groups.save(group);
		this.events.publishEvent(saved.saved());
		return saved.summary();
	}

	public void removeGroup(CurrentUser user, long groupId) {
		ResidentialGroup group = this.groups.findById(groupId)
			.orElseThrow(() -> NotFoundException.of("residential-group", groupId));
		user.requireUnit(group.unitId(), "residential-group", groupId);
		editableWard(user, group.unitId());
		boolean inUse = this.places.findByUnit(group.unitId())
			.stream()
			.anyMatch((place) -> group.id().equals(place.groupId()));
		if (inUse) {
			throw new RuleViolationException("territory.group-in-use", "Group has places", group.name());
		}
		this.groups.delete(group);
		this.events.publishEvent(new ResidentialGroupRemoved(group.id(), group.unitId()));
	}

	public PlaceSummary registerPlace(CurrentUser user, long unitId, PlaceDetails details) {
		AdminUnitSummary unit = editableWard(user, unitId);
		checkGroup(unit.id(), details.groupId());
		if (this.places.findByUnitIdAndName(unit.id(), details.name().strip()).isPresent()) {
			throw new ConflictException("territory.place-exists", "Place exists", details.name().strip());
		}
		Place place = this.places.save(Place.register(unit.id(), details));
		this.events.publishEvent(place.saved());
		return place.summary();
	}

	public PlaceSummary changePlace(CurrentUser user, long placeId, PlaceDetails details) {
		return changePlace(user, placeId, null, details);
	}

	/**
	 * Changes a place if it is still at the version the change was made from.
	 * @param version that version, or {@code null} to change whatever is stored (imports)
	 * @throws OptimisticLockingFailureException when someone saved it meanwhile
	 */
	public PlaceSummary changePlace(CurrentUser user, long placeId, Integer version, PlaceDetails details) {
		Place place = this.places.findById(placeId).orElseThrow(() -> NotFoundException.of("place", placeId));
		user.requireUnit(place.unitId(), "place", placeId);
		editableWard(user, place.unitId());
		requireVersion("place", placeId, version, place.summary().version());
		checkGroup(place.unitId(), details.groupId());
		this.places.findByUnitIdAndName(place.unitId(), details.name().strip())
			.filter((other) -> !other.id().equals(place.id()))
			.ifPresent((other) -> {
				throw new ConflictException("territory.place-exists", "Place exists", details.name().strip());
			});
		place.change(details);
		Place saved = this.places.save(place);
		this.events.publishEvent(saved.saved());
		return saved.summary();
	}

	private static void requireVersion(String kind, long id, Integer expected, int current) {
		if (expected != null && expected != current) {
			throw new OptimisticLockingFailureException(
					"The " + kind + " " + id + " is at version " + current + ", not " + expected);
		}
	}

	public void removePlace(CurrentUser user, long placeId) {
		Place place = this.places.findById(placeId).orElseThrow(() -> NotFoundException.of("place", placeId));
		user.requireUnit(place.unitId(), "place", placeId);
		editableWard(user, place.unitId());
		this.places.delete(place);
		this.events.publishEvent(new PlaceRemoved(place.id(), place.unitId()));
	}

	/** The QR token of a place in the caller's scope. */
	@Transactional(readOnly = true)
	public String qrToken(CurrentUser user, long placeId) {
		Place place = this.places.findById(placeId).orElseThrow(() -> NotFoundException.of("place", placeId));
		user.requireUnit(place.unitId(), "place", placeId);
		return place.qrToken();
	}

	/** Issues a new QR token for a place; printed codes of the old one stop working. */
	public String renewQrToken(CurrentUser user, long placeId) {
		Place place = this.places.findById(placeId).orElseThrow(() -> NotFoundException.of("place", placeId));
		user.requireUnit(place.unitId(), "place", placeId);
		editableWard(user, place.unitId());
		place.renewToken();
		return this.places.save(place).qrToken();
	}

	/** Whether the caller may change the groups and places of this unit. */
	public boolean mayEdit(CurrentUser user, long unitId) {
		return user.canSeeUnit(unitId) && (user.hasRole(Role.ADMIN) || user.hasRole(Role.WARD_OFFICER));
	}

	List<ResidentialGroup> groupsOf(long unitId) {
		return this.groups.findByUnit(unitId);
	}

	/**
	 * The ward or commune whose groups and places the caller may change; 404 outside
	 * scope.
	 */
	AdminUnitSummary editableWard(CurrentUser user, long unitId) {
		user.requireUnit(unitId, "admin-unit", unitId);
		AdminUnitSummary unit = this.units.findById(unitId)
			.orElseThrow(() -> NotFoundException.of("admin-unit", unitId));
		if (!mayEdit(user, unitId)) {
			throw new AccessDeniedException("Only administrators and the ward's officers change its territory");
		}
		if (unit.level() != AdminLevel.COMMUNE) {
			throw new RuleViolationException("territory.not-a-ward", "Groups and places belong to wards and communes");
		}
		return unit;
	}

	private void checkGroup(long unitId, Long groupId) {
		if (groupId == null) {
			return;
		}
		this.groups.findById(groupId)
			.filter((candidate) -> candidate.unitId() == unitId)
			.orElseThrow(() -> new RuleViolationException("territory.group-not-in-unit", "Group not in unit"));
	}

}

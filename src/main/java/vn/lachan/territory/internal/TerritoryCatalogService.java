package vn.lachan.territory.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.territory.AdminUnitSummary;
import vn.lachan.territory.PlaceQuery;
import vn.lachan.territory.PlaceSummary;
import vn.lachan.territory.ResidentialGroupSummary;
import vn.lachan.territory.SuccessionSummary;
import vn.lachan.territory.TerritoryCatalog;
import vn.lachan.territory.UnitQuery;

@Service
@Transactional(readOnly = true)
class TerritoryCatalogService implements TerritoryCatalog {

	private final AdminUnitQueries units;

	/**
	 * Units already read, by id. Units are reference data that only migrations write, so
	 * a unit once read stays as it is; unknown ids are not kept.
	 */
	private final Map<Long, AdminUnitSummary> unitsById = new ConcurrentHashMap<>();

	private final ResidentialGroupRepository groups;

	private final PlaceRepository places;

	private final PlaceQueries placeQueries;

	TerritoryCatalogService(AdminUnitQueries units, ResidentialGroupRepository groups, PlaceRepository places,
			PlaceQueries placeQueries) {
		this.units = units;
		this.groups = groups;
		this.places = places;
		this.placeQueries = placeQueries;
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<AdminUnitSummary> findUnit(long id) {
		AdminUnitSummary known = this.unitsById.get(id);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<AdminUnitSummary> unit = this.units.findById(id);
		unit.ifPresent((found) -> this.unitsById.put(id, found));
		return unit;
	}

	@Override
	public Optional<AdminUnitSummary> findUnitByCode(String code, LocalDate on) {
		return this.units.findByCodeOn(code, on);
	}

	@Override
	public List<AdminUnitSummary> findUnits(UnitQuery query) {
		return this.units.search(query);
	}

	@Override
	public PageResult<AdminUnitSummary> findUnits(UnitQuery query, PageQuery page) {
		return this.units.search(query, page);
	}

	@Override
	public Set<Long> subtreeIds(long unitId) {

		return this.units.subtreeIds(unitId);
	}

	@Override
	public List<SuccessionSummary> successionsOf(long unitId) {
		return this.units.successionsOf(unitId);
	}

	@Override
	public List<ResidentialGroupSummary> groupsOf(long unitId) {
		return this.groups.findByUnit(unitId).stream().map(ResidentialGroup::summary).toList();
	}

	@Override
	public Optional<ResidentialGroupSummary> findGroup(long groupId) {
		return this.groups.findById(groupId).map(ResidentialGroup::summary);
	}

	@Override
	public Optional<PlaceSummary> findPlace(long placeId) {
		return this.places.findById(placeId).map(Place::summary);
	}

	@Override
	public Optional<PlaceSummary> findPlaceByToken(String qrToken) {
		return this.places.findByQrToken(qrToken).map(Place::summary);
	}

	@Override
	public PageResult<PlaceSummary> findPlaces(PlaceQuery query, PageQuery page) {
		return this.placeQueries.search(query, page);
	}

	@Override
	public List<PlaceSummary> placesOnMap(Set<Long> unitIds, int limit) {
		return this.placeQueries.located(unitIds, limit);
	}

}

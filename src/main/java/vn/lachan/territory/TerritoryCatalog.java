package vn.lachan.territory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;

/**
 * What other modules may ask of the territory: units, their tree and successions,
 * residential groups and places. It applies no scope: callers hold the
 * {@code CurrentUser} and check it.
 */
public interface TerritoryCatalog {

	Optional<AdminUnitSummary> findUnit(long id);

	/** The unit that carried this GSO code on that date (codes are reused over time). */
	Optional<AdminUnitSummary> findUnitByCode(String code, LocalDate on);

	List<AdminUnitSummary> findUnits(UnitQuery query);

	/** One page of {@link #findUnits(UnitQuery)}, paged in the database. */
	PageResult<AdminUnitSummary> findUnits(UnitQuery query, PageQuery page);

	/**
	 * The unit and every unit below it, at any date: the scope of an account bound to it.
	 */
	Set<Long> subtreeIds(long unitId);

	List<SuccessionSummary> successionsOf(long unitId);

	List<ResidentialGroupSummary> groupsOf(long unitId);

	Optional<ResidentialGroupSummary> findGroup(long groupId);

	Optional<PlaceSummary> findPlace(long placeId);

	/** The place a QR code points at. */
	Optional<PlaceSummary> findPlaceByToken(String qrToken);

	PageResult<PlaceSummary> findPlaces(PlaceQuery query, PageQuery page);

	/**
	 * Places with coordinates in these units ({@code null}: every unit), ordered by name,
	 * at most {@code limit} of them: the markers of a map.
	 */
	List<PlaceSummary> placesOnMap(Set<Long> unitIds, int limit);

}

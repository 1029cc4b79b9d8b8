package vn.lachan.territory.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PlaceRepository extends ListCrudRepository<Place, Long> {

	@Query("SELECT * FROM place WHERE unit_id = :unitId ORDER BY name")
	List<Place> findByUnit(long unitId);

	Optional<Place> findByQrToken(String qrToken);

	Optional<Place> findByUnitIdAndName(long unitId, String name);

}

package vn.lachan.territory.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ResidentialGroupRepository extends ListCrudRepository<ResidentialGroup, Long> {

	@Query("SELECT * FROM residential_group WHERE unit_id = :unitId ORDER BY name")
	List<ResidentialGroup> findByUnit(long unitId);

	Optional<ResidentialGroup> findByUnitIdAndName(long unitId, String name);

	@Query("SELECT COUNT(*) FROM residential_group WHERE unit_id = :unitId")
	long countByUnit(long unitId);

}

package vn.lachan.territory.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import vn.lachan.shared.text.NaturalOrder;

interface ResidentialGroupRepository extends ListCrudRepository<ResidentialGroup, Long> {

	@Query("SELECT * FROM residential_group WHERE unit_id = :unitId ORDER BY name")
	List<ResidentialGroup> findByUnitByName(long unitId);

	/** A unit's groups in natural order: "Tổ 2" before "Tổ 10". */
	default List<ResidentialGroup> findByUnit(long unitId) {
		return findByUnitByName(unitId).stream()
			.sorted(Comparator.comparing(ResidentialGroup::name, NaturalOrder.INSTANCE))
			.toList();
	}

	Optional<ResidentialGroup> findByUnitIdAndName(long unitId, String name);

	@Query("SELECT COUNT(*) FROM residential_group WHERE unit_id = :unitId")
	long countByUnit(long unitId);

}

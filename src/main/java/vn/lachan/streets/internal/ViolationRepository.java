package vn.lachan.streets.internal;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ViolationRepository extends ListCrudRepository<Violation, Long> {

	boolean existsByTipId(long tipId);

	List<Violation> findByUnitIdOrderByOccurredOn(long unitId);

}

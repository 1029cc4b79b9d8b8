package vn.lachan.streets.internal;

import org.springframework.data.repository.ListCrudRepository;

interface ViolationRepository extends ListCrudRepository<Violation, Long> {

	boolean existsByTipId(long tipId);

}

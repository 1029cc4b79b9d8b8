package vn.lachan.streets.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ViolationPhotoRepository extends ListCrudRepository<ViolationPhoto, Long> {

	@Query("SELECT id FROM streets_violation_photo WHERE violation_id = :violationId ORDER BY id")
	List<Long> idsOf(long violationId);

	Optional<ViolationPhoto> findByIdAndViolationId(long id, long violationId);

}

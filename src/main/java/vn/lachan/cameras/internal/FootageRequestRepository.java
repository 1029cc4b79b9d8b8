package vn.lachan.cameras.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface FootageRequestRepository extends ListCrudRepository<FootageRequest, Long> {

	Optional<FootageRequest> findByLinkHash(String linkHash);

	@Query("SELECT * FROM cameras_footage_request WHERE tip_id = :tipId ORDER BY id")
	List<FootageRequest> findByTip(long tipId);

	@Query("SELECT * FROM cameras_footage_request WHERE tip_id = :tipId ORDER BY id LIMIT :limit OFFSET :offset")
	List<FootageRequest> findByTip(long tipId, int limit, long offset);

	@Query("SELECT COUNT(*) FROM cameras_footage_request WHERE tip_id = :tipId")
	long countByTip(long tipId);

	@Query("SELECT * FROM cameras_footage_request WHERE status = 'SENT' AND expires_at <= :now")
	List<FootageRequest> findDue(Instant now);

	@Query("SELECT * FROM cameras_footage_request WHERE unit_id IN (:unitIds) ORDER BY sent_at DESC LIMIT 200")
	List<FootageRequest> findRecent(java.util.Collection<Long> unitIds);

}

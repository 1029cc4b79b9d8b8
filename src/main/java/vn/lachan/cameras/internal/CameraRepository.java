package vn.lachan.cameras.internal;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface CameraRepository extends ListCrudRepository<Camera, Long> {

	@Query("SELECT * FROM cameras_camera WHERE unit_id = :unitId ORDER BY id")
	List<Camera> findByUnit(long unitId);

	@Query("SELECT * FROM cameras_camera WHERE owner_id = :ownerId ORDER BY id")
	List<Camera> findByOwner(long ownerId);

	@Query("SELECT COUNT(*) FROM cameras_camera WHERE unit_id = :unitId")
	long countByUnit(long unitId);

}

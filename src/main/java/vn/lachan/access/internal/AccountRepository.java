package vn.lachan.access.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import vn.lachan.shared.security.Role;

interface AccountRepository extends ListCrudRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

	@Query("SELECT * FROM account WHERE role = :role AND unit_id = :unitId AND enabled = TRUE ORDER BY display_name")
	List<Account> findEnabled(Role role, long unitId);

	@Query("SELECT COUNT(*) FROM account WHERE role = 'ADMIN' AND enabled = TRUE")
	long countEnabledAdministrators();

}

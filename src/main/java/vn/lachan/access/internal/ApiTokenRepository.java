package vn.lachan.access.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ApiTokenRepository extends ListCrudRepository<ApiToken, Long> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	@Query("SELECT * FROM api_token WHERE account_id = :accountId ORDER BY created_at DESC")
	List<ApiToken> findByAccount(long accountId);

}

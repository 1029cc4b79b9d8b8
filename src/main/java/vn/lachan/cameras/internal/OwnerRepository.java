package vn.lachan.cameras.internal;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface OwnerRepository extends ListCrudRepository<Owner, Long> {

	Optional<Owner> findByLinkHash(String linkHash);

}

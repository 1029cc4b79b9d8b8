package vn.lachan.tips.internal;

import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

interface TipRepository extends CrudRepository<Tip, Long> {

	Optional<Tip> findByReceiptCode(String receiptCode);

	Optional<Tip> findByIdempotencyKey(String idempotencyKey);

}

package vn.lachan.shared.idempotency;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes Idempotency-Keys older than 24 hours, every ten minutes, on one instance at a
 * time (ShedLock).
 */
@Component
class IdempotencyCleanup {

	private final IdempotencyKeys keys;

	IdempotencyCleanup(IdempotencyKeys keys) {
		this.keys = keys;
	}

	@Scheduled(cron = "${lachan.idempotency.cleanup-cron:0 */10 * * * *}")
	@SchedulerLock(name = "shared-idempotency-cleanup", lockAtMostFor = "PT5M")
	public void cleanUp() {
		this.keys.deleteExpired();
	}

}

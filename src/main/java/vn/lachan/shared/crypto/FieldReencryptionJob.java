package vn.lachan.shared.crypto;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs {@link FieldReencryption} every night on one instance (ShedLock) while retired
 * keys are configured; once it reports nothing left, the retired keys can be removed (see
 * docs/OPERATIONS.md).
 */
@Component
class FieldReencryptionJob {

	private final FieldReencryption reencryption;

	private final FieldEncryptor encryptor;

	FieldReencryptionJob(FieldReencryption reencryption, FieldEncryptor encryptor) {
		this.reencryption = reencryption;
		this.encryptor = encryptor;
	}

	@Scheduled(cron = "${lachan.crypto.reencrypt-cron:0 30 2 * * *}", zone = "Asia/Ho_Chi_Minh")
	@SchedulerLock(name = "shared-field-reencryption", lockAtMostFor = "PT6H")
	public void run() {
		if (this.encryptor.hasRetiredKeys()) {
			this.reencryption.reencryptAll();
		}
	}

}

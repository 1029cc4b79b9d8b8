package vn.lachan.cameras.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every ten minutes, under a ShedLock lock: footage requests whose time is up expire.
 */
@Component
class CameraJobs {

	private static final Logger log = LoggerFactory.getLogger(CameraJobs.class);

	private final FootageRequests requests;

	CameraJobs(FootageRequests requests) {
		this.requests = requests;
	}

	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
	@SchedulerLock(name = "cameras-footage-expiry", lockAtMostFor = "PT5M")
	void expireFootageRequests() {
		int expired = this.requests.expireDue();
		if (expired > 0) {
			log.info("Footage requests expired: {}", expired);
		}
	}

}

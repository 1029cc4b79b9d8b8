package vn.lachan.community.internal;

import java.time.Clock;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The community's scheduled work, each job under its ShedLock lock so that one instance
 * of a cluster runs it: scheduled broadcasts released and the outbox worked (every
 * {@code lachan.community.dispatch-interval}, 15 s by default), and the nightly purge of
 * check-ins older than 30 days. The clock is the application's: tests call
 * {@link #dispatch(Instant)} and {@link CheckinManagement#purge} with their own instants.
 * The locked methods answer nothing: an instance that finds the lock taken skips the run,
 * and ShedLock answers {@code null} for it.
 */
@Component
public class CommunityJobs {

	private final BroadcastManagement broadcasts;

	private final DeliveryDispatcher dispatcher;

	private final CheckinManagement checkins;

	private final Clock clock;

	CommunityJobs(BroadcastManagement broadcasts, DeliveryDispatcher dispatcher, CheckinManagement checkins,
			Clock clock) {
		this.broadcasts = broadcasts;
		this.dispatcher = dispatcher;
		this.checkins = checkins;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${lachan.community.dispatch-interval:PT15S}",
			initialDelayString = "${lachan.community.dispatch-initial-delay:PT30S}")
	@SchedulerLock(name = "community-outbox", lockAtMostFor = "PT10M")
	public void dispatch() {
		dispatch(this.clock.instant());
	}

	/** Releases the broadcasts due and works the outbox as at {@code now}. */
	public int dispatch(Instant now) {
		this.broadcasts.releaseDue(now);
		return this.dispatcher.dispatchDue(now);
	}

	@Scheduled(cron = "0 15 3 * * *", zone = "Asia/Ho_Chi_Minh")
	@SchedulerLock(name = "community-checkin-purge", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
	public void purgeCheckins() {
		this.checkins.purge(this.clock.instant());
	}

}

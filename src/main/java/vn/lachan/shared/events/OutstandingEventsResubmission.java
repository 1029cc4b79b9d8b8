package vn.lachan.shared.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands the events whose listener has not completed (it failed, or its instance died) to
 * their listeners again, on one instance at a time (ShedLock), and only once they are
 * older than {@code lachan.events.resubmit-after} (ten minutes by default).
 * <p>
 * It replaces Spring Modulith's republication at start-up, which hands every outstanding
 * publication out again, including those another instance is still working on. With this
 * job a failed listener is retried while the application runs, not only after a restart,
 * and a start of one instance never repeats the other's work in progress. Every listener
 * stays idempotent, since a publication older than the threshold may still be in a
 * listener's queue under a long backlog.
 */
@Component
class OutstandingEventsResubmission {

	private final IncompleteEventPublications incomplete;

	private final Clock clock;

	private final Duration after;

	OutstandingEventsResubmission(IncompleteEventPublications incomplete, Clock clock,
			@Value("${lachan.events.resubmit-after:PT10M}") Duration after) {
		this.incomplete = incomplete;
		this.clock = clock;
		this.after = after;
	}

	@Scheduled(fixedDelayString = "${lachan.events.resubmit-interval:PT5M}",
			initialDelayString = "${lachan.events.resubmit-initial-delay:PT1M}")
	@SchedulerLock(name = "shared-events-resubmission", lockAtMostFor = "PT15M")
	public void resubmit() {
		resubmit(this.after, (publication) -> true);
	}

	/**
	 * Resubmits the outstanding publications older than the age that {@code which}
	 * accepts.
	 */
	void resubmit(Duration olderThan, Predicate<EventPublication> which) {
		Instant before = this.clock.instant().minus(olderThan);
		this.incomplete.resubmitIncompletePublications(
				(publication) -> publication.getPublicationDate().isBefore(before) && which.test(publication));
	}

}

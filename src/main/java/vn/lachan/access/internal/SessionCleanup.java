package vn.lachan.access.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes expired sessions from the database once a minute, on one instance at a time
 * (ShedLock). Spring Session's own clean-up, which every instance would run, is off
 * ({@code spring.session.jdbc.cleanup-cron=-}).
 */
@Component
class SessionCleanup {

	private final JdbcIndexedSessionRepository sessions;

	SessionCleanup(JdbcIndexedSessionRepository sessions) {
		this.sessions = sessions;
	}

	@Scheduled(cron = "${lachan.access.session-cleanup-cron:0 * * * * *}")
	@SchedulerLock(name = "access-session-cleanup", lockAtMostFor = "PT5M")
	public void cleanUp() {
		this.sessions.cleanUpExpiredSessions();
	}

}

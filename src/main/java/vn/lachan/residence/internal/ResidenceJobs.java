package vn.lachan.residence.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.residence.StaysPurged;
import vn.lachan.shared.time.VietnamTime;

import static vn.lachan.shared.time.VietnamTime.utc;

/**
 * The residence module's scheduled work, each job under a ShedLock lock: renewal
 * reminders for temporary residence, and the retention purge. Logs carry counts only.
 */
@Component
public class ResidenceJobs {

	private static final Logger log = LoggerFactory.getLogger(ResidenceJobs.class);

	private final TemporaryResidenceManagement residences;

	private final ResidenceProperties properties;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ResidenceJobs(TemporaryResidenceManagement residences, ResidenceProperties properties, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.residences = residences;
		this.properties = properties;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** Every morning: reminders for terms ending within 15 days; expired terms closed. */
	@Scheduled(cron = "0 0 6 * * *", zone = "Asia/Ho_Chi_Minh")
	@SchedulerLock(name = "residence-temporary-reminders", lockAtMostFor = "PT20M")
	@Transactional
	public Integer remindTemporaryResidences() {
		int reminded = this.residences.remindAndExpire(LocalDate.now(this.clock.withZone(VietnamTime.ZONE)));
		log.info("Temporary residence reminders due: {}", reminded);
		return reminded;
	}

	/** Every night: deletes what is past its retention period. */
	@Scheduled(cron = "0 30 2 * * *", zone = "Asia/Ho_Chi_Minh")
	@SchedulerLock(name = "residence-retention-purge", lockAtMostFor = "PT2H")
	@Transactional
	public PurgeCount purge() {
		Instant now = this.clock.instant();
		ZonedDateTime local = now.atZone(VietnamTime.ZONE);
		Instant stayCutoff = local.minus(this.properties.staysRetention()).toInstant();
		String expired = "(departed_at < :cutoff OR (departed_at IS NULL AND arrived_at < :cutoff))";
		List<long[]> byUnit = this.jdbc
			.sql("SELECT unit_id, COUNT(*), " + "SUM(CASE WHEN departed_at IS NULL THEN 1 ELSE 0 END), "
					+ "SUM(CASE WHEN departed_at IS NULL AND foreigner = TRUE THEN 1 ELSE 0 END) FROM stay WHERE "
					+ expired + " GROUP BY unit_id")
			.param("cutoff", utc(stayCutoff))
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) })
			.list();
		int stays = this.jdbc.sql("DELETE FROM stay WHERE " + expired).param("cutoff", utc(stayCutoff)).update();
		int notifications = this.jdbc.sql(
				"DELETE FROM stay_notification WHERE NOT EXISTS (SELECT 1 FROM stay s WHERE s.notification_id = stay_notification.id)"
						+ " AND notified_at < :cutoff")
			.param("cutoff", utc(stayCutoff))
			.update();
		byUnit.forEach((row) -> this.events
			.publishEvent(new StaysPurged(now, row[0], (int) row[1], (int) row[2], (int) row[3])));
		LocalDate residenceCutoff = local.toLocalDate().minus(this.properties.temporaryResidencesRetention());
		int residences = this.jdbc.sql("""
				DELETE FROM temporary_residence
				WHERE status <> 'ACTIVE' AND COALESCE(ended_on, ends_on) < :cutoff""")
			.param("cutoff", residenceCutoff)
			.update();
		log.info("Retention purge: {} stays, {} notifications, {} temporary residences deleted", stays, notifications,
				residences);
		return new PurgeCount(stays, notifications, residences);
	}

	/**
	 * What one purge deleted.
	 */
	public record PurgeCount(int stays, int notifications, int temporaryResidences) {
	}

}

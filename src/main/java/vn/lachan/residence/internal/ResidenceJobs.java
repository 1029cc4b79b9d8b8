package vn.lachan.residence.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
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
import vn.lachan.shared.partitioning.MonthPartition;
import vn.lachan.shared.partitioning.MonthlyPartitions;
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

	private final MonthlyPartitions partitions;

	ResidenceJobs(TemporaryResidenceManagement residences, ResidenceProperties properties, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock, MonthlyPartitions partitions) {
		this.partitions = partitions;
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

	/**
	 * Every night: deletes what is past its retention period. On PostgreSQL a month of
	 * stays (by arrival) is dropped whole once it ended before the cutoff and none of its
	 * guests left on or after it; the other stays past retention are deleted row by row.
	 * The counts published ({@link StaysPurged}) are taken before either, over every stay
	 * past retention, so they are the same both ways.
	 */
	@Scheduled(cron = "0 30 2 * * *", zone = "Asia/Ho_Chi_Minh")
	@SchedulerLock(name = "residence-retention-purge", lockAtMostFor = "PT2H")
	@Transactional
	public PurgeCount purge() {
		Instant now = this.clock.instant();
		ZonedDateTime local = now.atZone(VietnamTime.ZONE);
		Instant stayCutoff = local.minus(this.properties.staysRetention()).toInstant();
		String expired = "(departed_at < :cutoff OR (departed_at IS NULL AND arrived_at < :cutoff))";
		List<MonthPartition> whole = new ArrayList<>();
		for (MonthPartition month : this.partitions.endedBefore(ResidencePartitions.STAYS, stayCutoff)) {
			this.partitions.lock(month);
			if (!this.partitions.any(month, "departed_at >= ?", utc(stayCutoff))) {
				whole.add(month);
			}
		}
		List<long[]> byUnit = this.jdbc
			.sql("SELECT unit_id, COUNT(*), " + "SUM(CASE WHEN departed_at IS NULL THEN 1 ELSE 0 END), "
					+ "SUM(CASE WHEN departed_at IS NULL AND foreigner = TRUE THEN 1 ELSE 0 END) FROM stay WHERE "
					+ expired + " GROUP BY unit_id")
			.param("cutoff", utc(stayCutoff))
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) })
			.list();
		long dropped = 0;
		for (MonthPartition month : whole) {
			dropped += this.partitions.drop(month);
		}
		int stays = Math.toIntExact(
				dropped + this.jdbc.sql("DELETE FROM stay WHERE " + expired).param("cutoff", utc(stayCutoff)).update());
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
		log.info("Retention purge: {} stays ({} in {} dropped month partitions), {} notifications, {} temporary "
				+ "residences deleted", stays, dropped, whole.size(), notifications, residences);
		return new PurgeCount(stays, notifications, residences, whole.size());
	}

	/**
	 * What one purge deleted; {@code stays} counts the rows of the dropped month
	 * partitions too.
	 */
	public record PurgeCount(int stays, int notifications, int temporaryResidences, int monthsDropped) {
	}

}

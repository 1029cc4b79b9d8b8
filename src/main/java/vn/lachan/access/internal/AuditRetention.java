package vn.lachan.access.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.shared.partitioning.MonthPartition;
import vn.lachan.shared.partitioning.MonthlyPartitionedTable;
import vn.lachan.shared.partitioning.MonthlyPartitions;
import vn.lachan.shared.time.VietnamTime;

/**
 * The audit trail's retention ({@code lachan.access.audit-retention}, five years by
 * default): every night, on PostgreSQL, the months of {@code audit_event} that ended
 * before the cutoff are dropped whole. No single event is ever deleted (the trail is
 * append-only), so an event is kept until its whole month is past retention, at most a
 * month longer; on H2 nothing is removed. See docs/OPERATIONS.md.
 */
@Component
public class AuditRetention {

	static final MonthlyPartitionedTable AUDIT_EVENTS = new MonthlyPartitionedTable("audit_event", "occurred_at");

	private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

	private final MonthlyPartitions partitions;

	private final Clock clock;

	private final Period retention;

	AuditRetention(MonthlyPartitions partitions, Clock clock,
			@Value("${lachan.access.audit-retention:P5Y}") Period retention) {
		this.partitions = partitions;
		this.clock = clock;
		this.retention = retention;
	}

	@Bean
	static MonthlyPartitionedTable auditEventPartitions() {
		return AUDIT_EVENTS;
	}

	@Scheduled(cron = "0 45 2 * * *", zone = "Asia/Ho_Chi_Minh")
	@SchedulerLock(name = "access-audit-retention", lockAtMostFor = "PT1H")
	public void nightly() {
		dropExpired(this.clock.instant());
	}

	/**
	 * Drops the months of audit events that ended before {@code now} minus the retention.
	 * @return how many events went with them
	 */
	@Transactional
	public long dropExpired(Instant now) {
		Instant cutoff = now.atZone(VietnamTime.ZONE).minus(this.retention).toInstant();
		long events = 0;
		int months = 0;
		for (MonthPartition month : this.partitions.endedBefore(AUDIT_EVENTS, cutoff)) {
			events += this.partitions.drop(month);
			months++;
		}
		if (months > 0) {
			log.info("Audit retention: {} month partitions dropped ({} events)", months, events);
		}
		return events;
	}

}

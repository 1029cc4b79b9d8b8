package vn.lachan.shared.partitioning;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.lachan.shared.time.VietnamTime;

/**
 * Keeps the month partitions of every {@link MonthlyPartitionedTable} ahead of the rows:
 * at start-up and every night (01:10 in Vietnam), under one ShedLock lock, it moves what
 * landed in a default partition into its months and creates the current month and the
 * next {@code lachan.partitions.months-ahead} (3 by default). Nothing is refused
 * meanwhile: a row of a month not created yet goes to the default partition. Does nothing
 * on H2.
 */
@Component
public class PartitionMaintenance {

	private static final Logger log = LoggerFactory.getLogger(PartitionMaintenance.class);

	private final List<MonthlyPartitionedTable> tables;

	private final MonthlyPartitions partitions;

	private final Clock clock;

	private final int monthsAhead;

	PartitionMaintenance(List<MonthlyPartitionedTable> tables, MonthlyPartitions partitions, Clock clock,
			@Value("${lachan.partitions.months-ahead:3}") int monthsAhead) {
		this.tables = List.copyOf(tables);
		this.partitions = partitions;
		this.clock = clock;
		this.monthsAhead = monthsAhead;
	}

	@Scheduled(cron = "${lachan.partitions.cron:0 10 1 * * *}", zone = "Asia/Ho_Chi_Minh")
	@SchedulerLock(name = "partition-maintenance", lockAtMostFor = "PT30M")
	public void nightly() {
		maintain(this.clock.instant());
	}

	@EventListener(ApplicationReadyEvent.class)
	@SchedulerLock(name = "partition-maintenance", lockAtMostFor = "PT30M")
	public void atStart() {
		maintain(this.clock.instant());
	}

	/**
	 * Drains the default partitions and creates the months from {@code now}'s through the
	 * months ahead.
	 * @return how many partitions were created
	 */
	public int maintain(Instant now) {
		YearMonth current = YearMonth.from(now.atZone(VietnamTime.ZONE));
		int created = 0;
		for (MonthlyPartitionedTable table : this.tables) {
			if (!this.partitions.partitioned(table)) {
				continue;
			}
			int made = this.partitions.drainDefault(table)
					+ this.partitions.ensureMonths(table, current, current.plusMonths(this.monthsAhead));
			if (made > 0) {
				log.info("Partitions of {}: {} month(s) created", table.table(), made);
			}
			created += made;
		}
		return created;
	}

}

package vn.lachan.shared.partitioning;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.access.internal.AuditRetention;
import vn.lachan.community.internal.CheckinManagement;
import vn.lachan.residence.StaysPurged;
import vn.lachan.residence.internal.ResidenceJobs;
import vn.lachan.shared.crypto.FieldEncryptor;
import vn.lachan.shared.time.VietnamTime;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lachan.shared.time.VietnamTime.utc;

/**
 * Stays, check-ins and the audit trail partitioned by month on PostgreSQL: the coming
 * months exist before rows arrive, a row goes to its month in Vietnam's time, a row of a
 * month not created waits in the default partition and is moved, not lost, and the
 * retention jobs drop whole months past retention, leave the current ones and count what
 * they removed. On PostgreSQL only (tag {@code postgres}, CI's PostgreSQL pass): H2 keeps
 * plain tables. Each test rolls back, its DDL included.
 */
@Tag("postgres")
@SpringBootTest
// the MockMvc context of the other integration tests, so that the context cache reuses it
@AutoConfigureMockMvc
@Transactional
@RecordApplicationEvents
class MonthPartitionsIntegrationTests {

	static final MonthlyPartitionedTable STAYS = new MonthlyPartitionedTable("stay", "arrived_at");

	static final MonthlyPartitionedTable CHECKINS = new MonthlyPartitionedTable("community_checkin", "checked_in_at");

	static final MonthlyPartitionedTable AUDIT = new MonthlyPartitionedTable("audit_event", "occurred_at");

	@Autowired
	MonthlyPartitions partitions;

	@Autowired
	PartitionMaintenance maintenance;

	@Autowired
	ResidenceJobs residenceJobs;

	@Autowired
	CheckinManagement checkins;

	@Autowired
	AuditRetention auditRetention;

	@Autowired
	FieldEncryptor encryptor;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void theComingMonthsExistAndEveryRowGoesToItsMonthInVietnam() {
		Instant now = Instant.now();
		YearMonth current = YearMonth.from(now.atZone(VietnamTime.ZONE));
		this.maintenance.maintain(now);
		for (MonthlyPartitionedTable table : List.of(STAYS, CHECKINS, AUDIT)) {
			assertThat(this.partitions.partitioned(table)).as(table.table()).isTrue();
			assertThat(months(table)).as(table.table())
				.contains(current, current.plusMonths(1), current.plusMonths(2), current.plusMonths(3));
		}
		YearMonth later = current.plusMonths(14);
		assertThat(months(CHECKINS)).doesNotContain(later);

		assertThat(this.maintenance.maintain(now.atZone(VietnamTime.ZONE).plusMonths(11).toInstant()))
			.as("the months of the window ahead of that day")
			.isEqualTo(3 * 4);
		assertThat(months(CHECKINS)).contains(later);
		assertThat(months(STAYS)).contains(later);
		assertThat(months(AUDIT)).contains(later);

		// 00:30 on the first of the month in Vietnam is still the month before in UTC
		Instant firstOfMonth = later.atDay(1).atTime(0, 30).atZone(VietnamTime.ZONE).toInstant();
		long early = checkin(firstOfMonth);
		long before = checkin(firstOfMonth.minus(Duration.ofHours(1)));
		assertThat(partitionOf("community_checkin", early)).isEqualTo(MonthPartition.of(CHECKINS, later).name());
		assertThat(partitionOf("community_checkin", before))
			.isEqualTo(MonthPartition.of(CHECKINS, later.minusMonths(1)).name());
		long audit = audit(firstOfMonth);
		assertThat(partitionOf("audit_event", audit)).isEqualTo(MonthPartition.of(AUDIT, later).name());
	}

	@Test
	void aRowOfAMonthNotCreatedWaitsInTheDefaultPartitionAndIsMovedNotLost() {
		Instant far = LocalDateTime.of(2099, 6, 10, 9, 0).atZone(VietnamTime.ZONE).toInstant();
		long checkin = checkin(far);
		long audit = audit(far);
		long stay = stay(LocalDateTime.of(2099, 6, 10, 9, 0), null);
		assertThat(partitionOf("community_checkin", checkin)).isEqualTo("community_checkin_default");
		assertThat(partitionOf("audit_event", audit)).isEqualTo("audit_event_default");
		assertThat(partitionOf("stay", stay)).isEqualTo("stay_default");
		long checkinsBefore = count("community_checkin");
		long auditBefore = count("audit_event");
		long staysBefore = count("stay");

		this.maintenance.maintain(Instant.now());

		assertThat(partitionOf("community_checkin", checkin)).isEqualTo("community_checkin_p2099_06");
		assertThat(partitionOf("audit_event", audit)).isEqualTo("audit_event_p2099_06");
		assertThat(partitionOf("stay", stay)).isEqualTo("stay_p2099_06");
		assertThat(count("community_checkin")).isEqualTo(checkinsBefore);
		assertThat(count("audit_event")).isEqualTo(auditBefore);
		assertThat(count("stay")).isEqualTo(staysBefore);
		for (MonthlyPartitionedTable table : List.of(STAYS, CHECKINS, AUDIT)) {
			assertThat(this.partitions.inDefault(table)).as(table.table()).isZero();
		}
		assertThat(this.jdbc.sql("SELECT checked_in_at FROM community_checkin WHERE id = ?")
			.param(checkin)
			.query(java.time.OffsetDateTime.class)
			.single()
			.toInstant()).isEqualTo(far);
	}

	@Test
	void theStayPurgeDropsWholeMonthsPastRetentionDeletesTheRestRowByRowAndCountsBoth() {
		YearMonth gone = YearMonth.of(2020, 1);
		YearMonth kept = YearMonth.of(2020, 2);
		this.partitions.ensureMonths(STAYS, gone, kept);
		long left = stay(LocalDateTime.of(2020, 1, 10, 14, 0), LocalDateTime.of(2020, 1, 12, 8, 0));
		long leftToo = stay(LocalDateTime.of(2020, 2, 10, 14, 0), LocalDateTime.of(2020, 2, 11, 8, 0));
		// still kept: left yesterday, so its month cannot go whole
		long stillKept = stay(LocalDateTime.of(2020, 2, 20, 14, 0), LocalDateTime.now(VietnamTime.ZONE).minusDays(1));
		assertThat(partitionOf("stay", left)).isEqualTo(MonthPartition.of(STAYS, gone).name());
		Instant cutoff = Instant.now().atZone(VietnamTime.ZONE).minusMonths(24).toInstant();
		long expired = this.jdbc.sql("""
				SELECT COUNT(*) FROM stay
				WHERE departed_at < :cutoff OR (departed_at IS NULL AND arrived_at < :cutoff)""")
			.param("cutoff", utc(cutoff))
			.query(Long.class)
			.single();

		ResidenceJobs.PurgeCount purged = this.residenceJobs.purge();

		assertThat(purged.monthsDropped()).isGreaterThanOrEqualTo(1);
		assertThat(purged.stays()).isEqualTo(expired);
		assertThat(this.events.stream(StaysPurged.class).mapToLong(StaysPurged::stays).sum()).isEqualTo(expired);
		assertThat(months(STAYS)).doesNotContain(gone).contains(kept);
		assertThat(months(STAYS)).contains(YearMonth.now(VietnamTime.ZONE));
		assertThat(exists("stay", left)).isFalse();
		assertThat(exists("stay", leftToo)).isFalse();
		assertThat(exists("stay", stillKept)).isTrue();
	}

	@Test
	void theCheckinAndAuditRetentionDropWholeMonthsAndLeaveTheCurrentOnes() {
		YearMonth old = YearMonth.of(2019, 1);
		this.partitions.ensureMonths(CHECKINS, old, old);
		this.partitions.ensureMonths(AUDIT, old, old);
		Instant then = LocalDateTime.of(2019, 1, 15, 10, 0).atZone(VietnamTime.ZONE).toInstant();
		long oldCheckin = checkin(then);
		long recentCheckin = checkin(Instant.now().minus(Duration.ofDays(1)));
		long oldAudit = audit(then);
		long recentAudit = audit(Instant.now().truncatedTo(ChronoUnit.SECONDS));
		assertThat(partitionOf("audit_event", oldAudit)).isEqualTo("audit_event_p2019_01");

		assertThat(this.checkins.purge(Instant.now())).isGreaterThanOrEqualTo(1);
		assertThat(this.auditRetention.dropExpired(Instant.now())).isGreaterThanOrEqualTo(1);

		assertThat(months(CHECKINS)).doesNotContain(old).contains(YearMonth.now(VietnamTime.ZONE));
		assertThat(months(AUDIT)).doesNotContain(old).contains(YearMonth.now(VietnamTime.ZONE));
		assertThat(exists("community_checkin", oldCheckin)).isFalse();
		assertThat(exists("community_checkin", recentCheckin)).isTrue();
		assertThat(exists("audit_event", oldAudit)).isFalse();
		assertThat(exists("audit_event", recentAudit)).isTrue();
	}

	private List<YearMonth> months(MonthlyPartitionedTable table) {
		return this.partitions.partitions(table).stream().map(MonthPartition::month).toList();
	}

	private long checkin(Instant at) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO community_checkin (place_id, unit_id, phone, checked_in_at)
				VALUES ((SELECT MIN(id) FROM place), 1, NULL, ?)""").param(utc(at)).update(keys, "id");
		return keys.getKey().longValue();
	}

	private long audit(Instant at) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO audit_event (occurred_at, action, detail) VALUES (?, 'TEST_PARTITION', 'test')")
			.param(utc(at))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	private long stay(LocalDateTime arrival, LocalDateTime departure) {
		Instant arrived = arrival.atZone(VietnamTime.ZONE).toInstant();
		long accommodation = this.jdbc.sql("SELECT MIN(id) FROM accommodation").query(Long.class).single();
		long unit = this.jdbc.sql("SELECT unit_id FROM accommodation WHERE id = ?")
			.param(accommodation)
			.query(Long.class)
			.single();
		KeyHolder notification = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO stay_notification (receipt_number, accommodation_id, unit_id, channel, notified_at)
				VALUES (?, ?, ?, 'WEB', ?)""")
			.params("PT-" + System.nanoTime() % 100_000_000_000L, accommodation, unit, utc(arrived))
			.update(notification, "id");
		String number = "0369" + (System.nanoTime() % 100_000_000L);
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					INSERT INTO stay (notification_id, accommodation_id, unit_id, full_name, name_index, birth_date, nationality,
					    foreigner, document_kind, document_number, document_index, arrived_at, departed_at, deadline_at,
					    notified_at, late_minutes)
					VALUES (?, ?, ?, ?, ?, DATE '1990-01-01', 'VN', FALSE, 'CCCD', ?, ?, ?, ?, ?, ?, 0)""")
			.params(notification.getKey().longValue(), accommodation, unit, this.encryptor.encrypt("Khách Thử"),
					this.encryptor.blindIndex("khach thu"), this.encryptor.encrypt(number),
					this.encryptor.blindIndex(number), utc(arrived),
					(departure != null) ? utc(departure.atZone(VietnamTime.ZONE).toInstant()) : null, utc(arrived),
					utc(arrived))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	private String partitionOf(String table, long id) {
		return this.jdbc.sql("SELECT tableoid::regclass::text FROM " + table + " WHERE id = ?")
			.param(id)
			.query(String.class)
			.single();
	}

	private boolean exists(String table, long id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE id = ?")
			.param(id)
			.query(Long.class)
			.single() > 0;
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

}

package vn.lachan.community;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.lachan.community.internal.CheckinManagement;
import vn.lachan.community.internal.CommunityJobs;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.territory.PlaceSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lachan.shared.time.VietnamTime.utc;

/**
 * Acceptance 3: two instances (two ShedLock executors, each with its own lock provider,
 * over one database) run the check-in purge at the same moment: it runs once and removes
 * exactly the check-ins older than 30 days; the application's job takes the same lock and
 * skips while another instance holds it. Also the check-in itself and the exposure
 * query's purpose and audit.
 */
class CheckinPurgeIntegrationTests extends CommunityTestSupport {

	@Autowired
	CheckinManagement checkins;

	@Autowired
	CommunityJobs jobs;

	@Autowired
	DataSource dataSource;

	@Test
	void twoInstancesPurgeOnceExactlyTheCheckinsOlderThanThirtyDays() throws Exception {
		PlaceSummary place = market();
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		List<Long> old = List.of(at(place, now.minus(Duration.ofDays(30)).minusSeconds(60)),
				at(place, now.minus(Duration.ofDays(45))), at(place, now.minus(Duration.ofDays(31))));
		List<Long> recent = List.of(at(place, now.minus(Duration.ofDays(30)).plusSeconds(60)),
				at(place, now.minus(Duration.ofDays(2))), at(place, now.minusSeconds(600)));
		int due = this.jdbc.sql("SELECT COUNT(*) FROM community_checkin WHERE checked_in_at < ?")
			.param(utc(now.minus(Duration.ofDays(30))))
			.query(Integer.class)
			.single();
		assertThat(due).isGreaterThanOrEqualTo(old.size());
		releaseLock();

		LockingTaskExecutor first = instance();
		LockingTaskExecutor second = instance();
		CountDownLatch start = new CountDownLatch(1);
		AtomicInteger runs = new AtomicInteger();
		AtomicInteger deleted = new AtomicInteger();
		ExecutorService threads = Executors.newFixedThreadPool(2);
		List<Future<?>> done = new ArrayList<>();
		for (LockingTaskExecutor executor : List.of(first, second)) {
			done.add(threads.submit(() -> {
				start.await();
				executor.executeWithLock((Runnable) () -> {
					runs.incrementAndGet();
					deleted.addAndGet(this.checkins.purge(now));
				}, jobLock());
				return null;
			}));
		}
		start.countDown();
		for (Future<?> future : done) {
			future.get();
		}
		threads.shutdown();

		assertThat(runs.get()).as("the purge ran on one instance only").isEqualTo(1);
		assertThat(deleted.get()).isEqualTo(due);
		assertThat(remaining(old)).isEmpty();
		assertThat(remaining(recent)).containsExactlyInAnyOrderElementsOf(recent);

		// the application's own job takes the same lock: while another instance holds it
		// (at least a minute after its run), the job skips; once the lock is free, it
		// purges
		long late = at(place, Instant.now().minus(Duration.ofDays(40)));
		this.jobs.purgeCheckins();
		assertThat(remaining(List.of(late))).as("skipped while the lock is held").containsExactly(late);
		releaseLock();
		this.jobs.purgeCheckins();
		assertThat(remaining(List.of(late))).isEmpty();
		assertThat(remaining(recent)).containsExactlyInAnyOrderElementsOf(recent);
	}

	/**
	 * Lets the purge's lock expire now (as its time would), as lock providers expect:
	 * they remember the lock's row, so it stays.
	 */
	private void releaseLock() {
		this.jdbc.sql("UPDATE shedlock SET lock_until = locked_at WHERE name = 'community-checkin-purge'").update();
	}

	/** The lock as the job declares it, taken by another instance. */
	private static LockConfiguration jobLock() throws NoSuchMethodException {
		SchedulerLock lock = CommunityJobs.class.getMethod("purgeCheckins").getAnnotation(SchedulerLock.class);
		return new LockConfiguration(Instant.now(), lock.name(), Duration.parse(lock.lockAtMostFor()),
				Duration.parse(lock.lockAtLeastFor()));
	}

	@Test
	void aVisitorChecksInWithAPhoneOrAnonymouslyAndTheExposureQueryNeedsAPurpose() {
		PlaceSummary place = market();
		String token = this.jdbc.sql("SELECT qr_token FROM place WHERE id = ?")
			.param(place.id())
			.query(String.class)
			.single();
		Instant before = Instant.now().minusSeconds(1);
		this.checkins.checkIn(token, "0912 345 678");
		this.checkins.checkIn(token, "");
		assertThatThrownBy(() -> this.checkins.checkIn(token, "12345")).isInstanceOf(InvalidInputException.class);
		Instant after = Instant.now().plusSeconds(1);
		assertThat(this.jdbc.sql("SELECT phone FROM community_checkin WHERE place_id = ? AND checked_in_at >= ?")
			.params(place.id(), utc(before))
			.query(String.class)
			.list()).noneMatch((phone) -> phone != null && phone.contains("0912"));

		assertThatThrownBy(() -> this.checkins.exposure(officer("13663"), place.id(), before, after, " "))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.checkins.exposure(officer("13639"), place.id(), before, after,
				"Truy vết người tiếp xúc vụ việc"))
			.isInstanceOf(vn.lachan.shared.NotFoundException.class);
		int audits = audits();
		CheckinManagement.Exposure exposure = this.checkins.exposure(officer("13663"), place.id(), before, after,
				"Truy vết người có mặt khi xảy ra vụ trộm");
		assertThat(exposure.phones()).extracting(CheckinManagement.Visit::phone).contains("0912345678");
		assertThat(exposure.anonymous()).isGreaterThanOrEqualTo(1);
		assertThat(audits()).isEqualTo(audits + 1);
	}

	private LockingTaskExecutor instance() {
		return new DefaultLockingTaskExecutor(
				new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
					.withJdbcTemplate(new JdbcTemplate(this.dataSource))
					.withTableName("shedlock")
					.build()));
	}

	private PlaceSummary market() {
		long id = this.jdbc.sql("SELECT id FROM place WHERE name = 'Chợ Cửa Trường'").query(Long.class).single();
		return this.territory.findPlace(id).orElseThrow();
	}

	private long at(PlaceSummary place, Instant when) {
		this.jdbc.sql("INSERT INTO community_checkin (place_id, unit_id, phone, checked_in_at) VALUES (?, ?, NULL, ?)")
			.params(place.id(), place.unitId(), utc(when))
			.update();
		return this.jdbc.sql("SELECT MAX(id) FROM community_checkin").query(Long.class).single();
	}

	private List<Long> remaining(List<Long> ids) {
		return this.jdbc.sql("SELECT id FROM community_checkin WHERE id IN (:ids)")
			.param("ids", ids)
			.query(Long.class)
			.list();
	}

	private int audits() {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE record_type = 'community-checkin'")
			.query(Integer.class)
			.single();
	}

}

package vn.lachan.community.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.access.AuditTrail;
import vn.lachan.community.CheckedIn;
import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.crypto.FieldEncryptor;
import vn.lachan.shared.partitioning.MonthPartition;
import vn.lachan.shared.partitioning.MonthlyPartitions;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.territory.PlaceSummary;
import vn.lachan.territory.TerritoryCatalog;

import static vn.lachan.shared.time.VietnamTime.utc;

/**
 * Check-ins at places (a venue's QR code): a phone number, encrypted, or nothing (an
 * anonymous count). Kept {@link #RETENTION}, then purged. The exposure query (who was at
 * a place in a time window) needs a stated purpose and is audited.
 */
@Service
public class CheckinManagement {

	static final Duration RETENTION = Duration.ofDays(30);

	private static final Logger log = LoggerFactory.getLogger(CheckinManagement.class);

	private static final Pattern PHONE = Pattern.compile("(\\+84|0)[0-9]{9,10}");

	private final JdbcClient jdbc;

	private final TerritoryCatalog territory;

	private final FieldEncryptor encryptor;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MonthlyPartitions partitions;

	CheckinManagement(JdbcClient jdbc, TerritoryCatalog territory, FieldEncryptor encryptor, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock, MonthlyPartitions partitions) {
		this.partitions = partitions;
		this.jdbc = jdbc;
		this.territory = territory;
		this.encryptor = encryptor;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	public PlaceSummary place(String placeToken) {
		return this.territory.findPlaceByToken(placeToken).orElseThrow(() -> NotFoundException.of("place", "token"));
	}

	/** Records a check-in; {@code phone} blank for an anonymous one. */
	@Transactional
	public long checkIn(String placeToken, String phone) {
		PlaceSummary place = place(placeToken);
		String number = MemberManagement.normalisePhone(phone);
		FieldChecks checks = new FieldChecks();
		checks.check(number == null || PHONE.matcher(number).matches(), "phone", "community.checkin.phone-invalid");
		checks.throwIfAny();
		return record(place, number, this.clock.instant());
	}

	long record(PlaceSummary place, String phone, Instant at) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO community_checkin (place_id, unit_id, phone, checked_in_at) VALUES (?, ?, ?, ?)")
			.params(place.id(), place.unitId(), this.encryptor.encrypt(phone), utc(at))
			.update(key, "id");
		long id = key.getKey().longValue();
		this.events.publishEvent(new CheckedIn(id, place.id(), place.unitId(), at));
		return id;
	}

	/** How many checked in at a place in [from, to). */
	public int count(long placeId, Instant from, Instant to) {
		return this.jdbc.sql(
				"SELECT COUNT(*) FROM community_checkin WHERE place_id = ? AND checked_in_at >= ? AND checked_in_at < ?")
			.params(placeId, utc(from), utc(to))
			.query(Integer.class)
			.single();
	}

	/**
	 * The phone numbers left at a place in [from, to), oldest first, for a stated purpose
	 * (audited); anonymous check-ins are counted, not listed.
	 */
	public Exposure exposure(CurrentUser user, long placeId, Instant from, Instant to, String purpose) {
		PlaceSummary place = this.territory.findPlace(placeId)
			.orElseThrow(() -> NotFoundException.of("place", placeId));
		user.requireUnit(place.unitId(), "place", placeId);
		FieldChecks checks = new FieldChecks();
		String why = MemberManagement.blankToNull(purpose);
		checks.check(why != null && why.length() >= 10 && why.length() <= 300, "purpose",
				"community.exposure.purpose-required");
		checks.check(from != null, "from", "community.exposure.window-required");
		checks.check(to != null, "to", "community.exposure.window-required");
		if (from != null && to != null) {
			checks.check(from.isBefore(to) && Duration.between(from, to).compareTo(Duration.ofDays(3)) <= 0, "to",
					"community.exposure.window-invalid");
		}
		checks.throwIfAny();
		this.audit.personalDataSearched(user, "community-checkin", place.unitId(), why);
		List<Visit> visits = this.jdbc.sql("""
				SELECT checked_in_at, phone FROM community_checkin
				WHERE place_id = ? AND checked_in_at >= ? AND checked_in_at < ? ORDER BY checked_in_at, id""")
			.params(placeId, utc(from), utc(to))
			.query((rs, n) -> new Visit(MemberQueries.instant(rs, "checked_in_at"),
					this.encryptor.decrypt(rs.getString("phone"))))
			.list();
		List<Visit> named = visits.stream().filter((v) -> v.phone() != null).toList();
		return new Exposure(placeId, from, to, visits.size(), visits.size() - named.size(), named);
	}

	/**
	 * Deletes the check-ins older than {@link #RETENTION} at {@code now}: on PostgreSQL
	 * the months that ended before the cutoff are dropped whole, the rest row by row.
	 * @return how many check-ins were deleted, dropped months included
	 */
	@Transactional
	public int purge(Instant now) {
		Instant cutoff = now.minus(RETENTION);
		long dropped = 0;
		int months = 0;
		for (MonthPartition month : this.partitions.endedBefore(CommunityPartitions.CHECKINS, cutoff)) {
			dropped += this.partitions.drop(month);
			months++;
		}
		int deleted = this.jdbc.sql("DELETE FROM community_checkin WHERE checked_in_at < ?")
			.param(utc(cutoff))
			.update();
		log.info("Check-in purge: {} deleted ({} in {} dropped month partitions)", dropped + deleted, dropped, months);
		return Math.toIntExact(dropped + deleted);
	}

	/** One check-in in an exposure answer. */
	public record Visit(Instant at, String phone) {
	}

	/** Who was at a place: every check-in counted, the phone numbers listed. */
	public record Exposure(long placeId, Instant from, Instant to, int checkins, int anonymous, List<Visit> phones) {
	}

}

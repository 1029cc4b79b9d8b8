package vn.lachan.residence.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.residence.TemporaryResidenceChanged;
import vn.lachan.residence.TemporaryResidenceView;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.InvalidInputException.FieldProblem;
import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.RuleViolationException;
import vn.lachan.shared.crypto.FieldEncryptor;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.paging.SqlPages;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;
import vn.lachan.shared.text.VietnameseText;
import vn.lachan.shared.time.VietnamTime;
import vn.lachan.territory.TerritoryCatalog;

import static vn.lachan.residence.internal.AccommodationRepository.nullableLong;
import static vn.lachan.shared.time.VietnamTime.utc;

/**
 * Temporary residence registrations (tạm trú) of a ward: registration, renewal, end, and
 * the reminders before a term runs out.
 */
@Service
@Transactional
public class TemporaryResidenceManagement {

	private static final Pattern CCCD = Pattern.compile("\\d{12}");

	private final JdbcClient jdbc;

	private final FieldEncryptor encryptor;

	private final TerritoryCatalog territory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TemporaryResidenceManagement(JdbcClient jdbc, FieldEncryptor encryptor, TerritoryCatalog territory,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.encryptor = encryptor;
		this.territory = territory;
		this.events = events;
		this.clock = clock;
	}

	public TemporaryResidenceView register(CurrentUser user, TemporaryResidenceInput in) {
		requireStaff(user, in.unitId(), in.groupId());
		List<FieldProblem> problems = new ArrayList<>();
		String name = GuestRowParser.collapse(in.fullName());
		if (name == null || name.length() > 200) {
			problems.add(new FieldProblem("fullName", "residence.guest.full-name.required",
					"residence.guest.full-name.required"));
		}
		String number = (in.documentNumber() != null) ? in.documentNumber().replaceAll("\\s+", "") : "";
		if (!CCCD.matcher(number).matches()) {
			problems.add(new FieldProblem("documentNumber", "residence.guest.document-number.cccd",
					"residence.guest.document-number.cccd"));
		}
		if (in.birthDate() == null) {
			problems
				.add(new FieldProblem("birthDate", "residence.guest.date.required", "residence.guest.date.required"));
		}
		if (GuestRowParser.collapse(in.address()) == null) {
			problems.add(new FieldProblem("address", "residence.address.required", "residence.address.required"));
		}
		if (in.startsOn() == null || in.endsOn() == null
				|| !TemporaryResidenceTerm.allowed(in.startsOn(), in.endsOn())) {
			problems.add(new FieldProblem("endsOn", "residence.temporary.term", "residence.temporary.term"));
		}
		if (in.groupId() != null
				&& this.territory.findGroup(in.groupId()).filter((g) -> g.unitId() == in.unitId()).isEmpty()) {
			problems.add(new FieldProblem("groupId", "residence.group.not-in-unit", "residence.group.not-in-unit"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					INSERT INTO temporary_residence (full_name, name_index, birth_date, document_number, document_index, address,
					    unit_id, group_id, starts_on, ends_on, status, registered_by, created_at)
					VALUES (:name, :nameIndex, :birth, :doc, :idx, :address, :unit, :group, :starts, :ends, 'ACTIVE', :by, :now)""")
			.param("name", this.encryptor.encrypt(name))
			.param("nameIndex", this.encryptor.blindIndex(VietnameseText.fold(name)))
			.param("birth", in.birthDate())
			.param("doc", this.encryptor.encrypt(number))
			.param("idx", this.encryptor.blindIndex(number))
			.param("address", GuestRowParser.collapse(in.address()))
			.param("unit", in.unitId())
			.param("group", in.groupId())
			.param("starts", in.startsOn())
			.param("ends", in.endsOn())
			.param("by", user.accountId())
			.param("now", utc(this.clock.instant()))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		this.events.publishEvent(new TemporaryResidenceChanged(id, in.unitId(), in.endsOn(), true));
		return find(id);
	}

	/** Extends the term; the new end lies at most two years after the current one. */
	public TemporaryResidenceView renew(CurrentUser user, long id, LocalDate newEnd) {
		TemporaryResidenceView current = require(user, id);
		if (!"ACTIVE".equals(current.status())) {
			throw new RuleViolationException("residence.temporary.not-active", "Not active");
		}
		if (newEnd == null || !TemporaryResidenceTerm.allowed(current.endsOn(), newEnd)) {
			throw new InvalidInputException(
					List.of(new FieldProblem("endsOn", "residence.temporary.term", "residence.temporary.term")));
		}
		this.jdbc.sql(
				"UPDATE temporary_residence SET ends_on = :ends, renewals = renewals + 1, reminded_at = NULL WHERE id = :id")
			.param("ends", newEnd)
			.param("id", id)
			.update();
		this.events.publishEvent(new TemporaryResidenceChanged(id, current.unitId(), newEnd, true));
		return find(id);
	}

	public TemporaryResidenceView end(CurrentUser user, long id) {
		TemporaryResidenceView current = require(user, id);
		if (!"ACTIVE".equals(current.status())) {
			throw new RuleViolationException("residence.temporary.not-active", "Not active");
		}
		LocalDate today = LocalDate.now(this.clock.withZone(VietnamTime.ZONE));
		this.jdbc.sql("UPDATE temporary_residence SET status = 'ENDED', ended_on = :today WHERE id = :id")
			.param("today", today)
			.param("id", id)
			.update();
		this.events.publishEvent(new TemporaryResidenceChanged(id, current.unitId(), current.endsOn(), false));
		return find(id);
	}

	@Transactional(readOnly = true)
	public TemporaryResidenceView require(CurrentUser user, long id) {
		TemporaryResidenceView view = this.jdbc.sql("SELECT * FROM temporary_residence WHERE id = :id")
			.param("id", id)
			.query(this::map)
			.optional()
			.orElseThrow(() -> NotFoundException.of("temporary-residence", id));
		if (!ResidenceScope.isStaff(user) || !user.canSee(view.unitId(), view.groupId())) {
			throw NotFoundException.of("temporary-residence", id);
		}
		return view;
	}

	/**
	 * Active registrations within scope, those ending soonest first; optionally only
	 * those ending within days.
	 */
	@Transactional(readOnly = true)
	public PageResult<TemporaryResidenceView> list(CurrentUser user, Integer endingWithinDays, PageQuery page) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = " WHERE status = 'ACTIVE'" + scope(user, params);
		if (endingWithinDays != null) {
			where += " AND ends_on <= :until";
			params.put("until", LocalDate.now(this.clock.withZone(VietnamTime.ZONE)).plusDays(endingWithinDays));
		}
		return SqlPages.page(this.jdbc, "SELECT * FROM temporary_residence" + where, "ORDER BY ends_on, id", params,
				this::map, page);
	}

	@Transactional(readOnly = true)
	List<TemporaryResidenceView> byDocument(CurrentUser user, String documentIndex) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("idx", documentIndex);
		return this.jdbc
			.sql("SELECT * FROM temporary_residence WHERE document_index = :idx" + scope(user, params)
					+ " ORDER BY starts_on DESC LIMIT 200")
			.params(params)
			.query(this::map)
			.list();
	}

	@Transactional(readOnly = true)
	List<TemporaryResidenceView> byName(CurrentUser user, String nameIndex, LocalDate birthDate) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("name", nameIndex);
		params.put("birth", birthDate);
		return this.jdbc
			.sql("SELECT * FROM temporary_residence WHERE name_index = :name AND birth_date = :birth"
					+ scope(user, params) + " ORDER BY starts_on DESC LIMIT 200")
			.params(params)
			.query(this::map)
			.list();
	}

	/**
	 * Marks the registrations whose term ends within
	 * {@value TemporaryResidenceTerm#REMINDER_DAYS} days as reminded, once per term, and
	 * those whose term is over as expired.
	 * @return how many reminders were due
	 */
	int remindAndExpire(LocalDate today) {
		int reminded = this.jdbc.sql("""
				UPDATE temporary_residence SET reminded_at = :now
				WHERE status = 'ACTIVE' AND reminded_at IS NULL AND ends_on <= :until AND ends_on >= :today""")
			.param("now", utc(this.clock.instant()))
			.param("until", today.plusDays(TemporaryResidenceTerm.REMINDER_DAYS))
			.param("today", today)
			.update();
		List<long[]> expired = this.jdbc
			.sql("SELECT id, unit_id FROM temporary_residence WHERE status = 'ACTIVE' AND ends_on < :today")
			.param("today", today)
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		for (long[] row : expired) {
			this.jdbc.sql("UPDATE temporary_residence SET status = 'EXPIRED' WHERE id = :id")
				.param("id", row[0])
				.update();
			this.events.publishEvent(new TemporaryResidenceChanged(row[0], row[1], null, false));
		}
		return reminded;
	}

	private TemporaryResidenceView find(long id) {
		return this.jdbc.sql("SELECT * FROM temporary_residence WHERE id = :id")
			.param("id", id)
			.query(this::map)
			.single();
	}

	private static String scope(CurrentUser user, Map<String, Object> params) {
		if (user.hasRole(Role.HOST)) {
			return " AND 1 = 0";
		}
		return StayQueries.scope(user, params).replace("s.", "");
	}

	private static void requireStaff(CurrentUser user, long unitId, Long groupId) {
		if (!ResidenceScope.isStaff(user) || user.hasRole(Role.COMMITTEE) || !user.canSee(unitId, groupId)) {
			throw NotFoundException.of("admin-unit", unitId);
		}
	}

	private TemporaryResidenceView map(ResultSet rs, int row) throws SQLException {
		return new TemporaryResidenceView(rs.getLong("id"), this.encryptor.decrypt(rs.getString("full_name")),
				rs.getObject("birth_date", LocalDate.class), rs.getString("address"), rs.getLong("unit_id"),
				nullableLong(rs, "group_id"), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), rs.getString("status"), rs.getInt("renewals"),
				StayQueries.instant(rs, "reminded_at"), rs.getObject("ended_on", LocalDate.class));
	}

}

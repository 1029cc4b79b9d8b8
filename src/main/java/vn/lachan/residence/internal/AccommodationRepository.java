package vn.lachan.residence.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.lachan.residence.AccommodationKind;
import vn.lachan.residence.AccommodationSummary;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.paging.SqlPages;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;

import static vn.lachan.shared.time.VietnamTime.utc;

/**
 * Accommodations and their hosts in {@code accommodation} and {@code accommodation_host}.
 */
@Repository
class AccommodationRepository {

	private final JdbcClient jdbc;

	AccommodationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(AccommodationKind kind, String name, String address, long unitId, Long groupId, int rooms, int beds,
			Long officerId, boolean foreignGuests, Set<Long> hostIds, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					INSERT INTO accommodation (kind, name, address, unit_id, group_id, rooms, beds, officer_id, foreign_guests, created_at)
					VALUES (:kind, :name, :address, :unit, :group, :rooms, :beds, :officer, :foreign, :now)""")
			.param("kind", kind.name())
			.param("name", name)
			.param("address", address)
			.param("unit", unitId)
			.param("group", groupId)
			.param("rooms", rooms)
			.param("beds", beds)
			.param("officer", officerId)
			.param("foreign", foreignGuests)
			.param("now", utc(now))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		insertHosts(id, hostIds);
		return id;
	}

	private void insertHosts(long id, Set<Long> hostIds) {
		for (Long host : hostIds) {
			this.jdbc.sql("INSERT INTO accommodation_host (accommodation_id, account_id) VALUES (:a, :h)")
				.param("a", id)
				.param("h", host)
				.update();
		}
	}

	Optional<AccommodationSummary> find(long id) {
		return this.jdbc.sql("SELECT * FROM accommodation WHERE id = :id")
			.param("id", id)
			.query(this::map)
			.optional()
			.map(this::withHosts);
	}

	/** The accommodations a host account runs. */
	List<AccommodationSummary> ofHost(long accountId) {
		return withHosts(this.jdbc.sql("""
				SELECT a.* FROM accommodation a JOIN accommodation_host h ON h.accommodation_id = a.id
				WHERE h.account_id = :account ORDER BY a.name, a.id""")
			.param("account", accountId)
			.query(this::map)
			.list());
	}

	/** Accommodations of some units (all when {@code unitIds} is null). */
	List<AccommodationSummary> inUnits(Set<Long> unitIds) {
		if (unitIds != null && unitIds.isEmpty()) {
			return List.of();
		}
		String where = (unitIds == null) ? "" : " WHERE unit_id IN (:units)";
		JdbcClient.StatementSpec spec = this.jdbc.sql("SELECT * FROM accommodation" + where + " ORDER BY name, id");
		if (unitIds != null) {
			spec = spec.param("units", unitIds);
		}
		return withHosts(spec.query(this::map).list());
	}

	/**
	 * One page of the accommodations a caller may use, in the order of {@link #inUnits}:
	 * a host's own; staff those of their units (area officers: of their groups, and those
	 * in no group).
	 */
	PageResult<AccommodationSummary> page(CurrentUser user, PageQuery page) {
		Map<String, Object> params = new HashMap<>();
		String select;
		if (user.hasRole(Role.HOST)) {
			select = "SELECT a.* FROM accommodation a WHERE EXISTS (SELECT 1 FROM accommodation_host h"
					+ " WHERE h.accommodation_id = a.id AND h.account_id = :account)";
			params.put("account", user.accountId());
		}
		else if (!ResidenceScope.isStaff(user)) {
			return new PageResult<>(List.of(), page.page(), page.size(), 0);
		}
		else if (user.unrestricted()) {
			select = "SELECT a.* FROM accommodation a";
		}
		else {
			select = "SELECT a.* FROM accommodation a WHERE a.unit_id IN (:units)";
			params.put("units", user.unitIds().isEmpty() ? List.of(-1L) : List.copyOf(user.unitIds()));
			if (user.hasRole(Role.AREA_OFFICER)) {
				select += " AND (a.group_id IS NULL OR a.group_id IN (:groups))";
				params.put("groups", user.groupIds().isEmpty() ? List.of(-1L) : List.copyOf(user.groupIds()));
			}
		}
		PageResult<AccommodationSummary> found = SqlPages.page(this.jdbc, select, "ORDER BY a.name, a.id", params,
				this::map, page);
		return new PageResult<>(withHosts(found.items()), found.page(), found.size(), found.totalItems());
	}

	boolean isHost(long accommodationId, long accountId) {

		return this.jdbc.sql("SELECT COUNT(*) FROM accommodation_host WHERE accommodation_id = :a AND account_id = :h")
			.param("a", accommodationId)
			.param("h", accountId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Replaces what staff enter about an accommodation, and its hosts, if it is still at
	 * the given version.
	 * @throws OptimisticLockingFailureException when someone saved it meanwhile
	 */
	void update(long id, int version, AccommodationKind kind, String name, String address, Long groupId, int rooms,
			int beds, Long officerId, boolean foreignGuests, Set<Long> hostIds) {
		int updated = this.jdbc.sql("""
				UPDATE accommodation SET kind = :kind, name = :name, address = :address, group_id = :group,
				  rooms = :rooms, beds = :beds, officer_id = :officer, foreign_guests = :foreign,
				  version = version + 1
				WHERE id = :id AND version = :version""")
			.param("kind", kind.name())
			.param("name", name)
			.param("address", address)
			.param("group", groupId)
			.param("rooms", rooms)
			.param("beds", beds)
			.param("officer", officerId)
			.param("foreign", foreignGuests)
			.param("id", id)
			.param("version", version)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Accommodation " + id + " was changed meanwhile");
		}
		this.jdbc.sql("DELETE FROM accommodation_host WHERE accommodation_id = :a").param("a", id).update();
		insertHosts(id, hostIds);
	}

	void touch(long accommodationId, Instant notifiedAt) {
		this.jdbc.sql("""
				UPDATE accommodation SET last_notified_at = :at
				WHERE id = :id AND (last_notified_at IS NULL OR last_notified_at < :at)""")
			.param("id", accommodationId)
			.param("at", utc(notifiedAt))
			.update();
	}

	long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM accommodation").query(Long.class).single();
	}

	private AccommodationSummary withHosts(AccommodationSummary a) {
		return withHosts(List.of(a)).get(0);
	}

	private List<AccommodationSummary> withHosts(List<AccommodationSummary> list) {
		if (list.isEmpty()) {
			return list;
		}
		Map<Long, Set<Long>> hosts = new HashMap<>();
		this.jdbc.sql("SELECT accommodation_id, account_id FROM accommodation_host WHERE accommodation_id IN (:ids)")
			.param("ids", list.stream().map(AccommodationSummary::id).toList())
			.query((rs) -> {
				hosts.computeIfAbsent(rs.getLong(1), (k) -> new HashSet<>()).add(rs.getLong(2));
			});
		return list.stream()
			.map((a) -> new AccommodationSummary(a.id(), a.kind(), a.name(), a.address(), a.unitId(), a.groupId(),
					a.rooms(), a.beds(), hosts.getOrDefault(a.id(), Set.of()), a.officerId(), a.foreignGuests(),
					a.lastNotifiedAt(), a.version()))
			.toList();
	}

	private AccommodationSummary map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime last = rs.getObject("last_notified_at", OffsetDateTime.class);
		return new AccommodationSummary(rs.getLong("id"), AccommodationKind.valueOf(rs.getString("kind")),
				rs.getString("name"), rs.getString("address"), rs.getLong("unit_id"), nullableLong(rs, "group_id"),
				rs.getInt("rooms"), rs.getInt("beds"), Set.of(), nullableLong(rs, "officer_id"),
				rs.getBoolean("foreign_guests"), (last != null) ? last.toInstant() : null, rs.getInt("version"));
	}

	static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}

package vn.lachan.forces.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import vn.lachan.forces.MembershipsChanged;
import vn.lachan.forces.MembershipsChanged.MembershipLine;
import vn.lachan.forces.TeamsChanged;
import vn.lachan.forces.TeamsChanged.TeamLine;
import vn.lachan.shared.crypto.FieldEncryptor;
import vn.lachan.shared.text.VietnameseText;

/**
 * Writes many teams, persons and memberships at once with batched JDBC statements, and
 * publishes their events in small batches: what the demo data and roster imports use.
 * Callers validate first and hold the transaction.
 */
@Component
class RosterWriter {

	/** Lines per event: a serialized event must stay within 4,000 characters on H2. */
	static final int EVENT_BATCH = 25;

	private final JdbcTemplate jdbc;

	private final FieldEncryptor encryptor;

	private final ApplicationEventPublisher events;

	RosterWriter(JdbcTemplate jdbc, FieldEncryptor encryptor, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.encryptor = encryptor;
		this.events = events;
	}

	/** Inserts the teams and their coverage; answers their ids in order. */
	List<Long> insertTeams(List<TeamDetails> teams) {
		List<Long> ids = insertAll(
				"""
						INSERT INTO forces_team (unit_id, kind_code, name, name_folded, area_officer_id, founded_on, ended_on, notes)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?)
						""",
				teams.size(), (ps, i) -> {
					TeamDetails team = teams.get(i);
					ps.setLong(1, team.unitId());
					ps.setString(2, team.kind());
					ps.setString(3, team.name().strip());
					ps.setString(4, VietnameseText.fold(team.name()));
					setLong(ps, 5, team.areaOfficerId());
					setDate(ps, 6, team.foundedOn());
					setDate(ps, 7, team.endedOn());
					ps.setString(8, team.notes());
				});
		List<long[]> coverage = new ArrayList<>();
		for (int i = 0; i < teams.size(); i++) {
			for (Long group : teams.get(i).groupIds()) {
				coverage.add(new long[] { ids.get(i), group });
			}
		}
		this.jdbc.batchUpdate("INSERT INTO forces_team_group (team_id, group_id) VALUES (?, ?)", coverage, 500,
				(ps, pair) -> {
					ps.setLong(1, pair[0]);
					ps.setLong(2, pair[1]);
				});
		List<TeamLine> lines = new ArrayList<>();
		for (int i = 0; i < teams.size(); i++) {
			TeamDetails team = teams.get(i);
			lines.add(new TeamLine(ids.get(i), team.unitId(), team.kind(), team.foundedOn(), team.endedOn()));
		}
		for (int from = 0; from < lines.size(); from += EVENT_BATCH) {
			this.events.publishEvent(new TeamsChanged(lines.subList(from, Math.min(lines.size(), from + EVENT_BATCH))));
		}
		return ids;
	}

	/** Publishes that these teams changed, in batches. */
	void teamsChanged(List<Team> teams) {
		List<TeamLine> lines = teams.stream().map(Team::line).toList();
		for (int from = 0; from < lines.size(); from += EVENT_BATCH) {
			this.events.publishEvent(new TeamsChanged(lines.subList(from, Math.min(lines.size(), from + EVENT_BATCH))));
		}
	}

	/** Inserts persons of a unit (phones encrypted here); answers their ids in order. */
	List<Long> insertPersons(long unitId, List<PersonDetails> persons) {
		return insertAll(
				"""
						INSERT INTO forces_person (full_name, name_folded, birth_date, sex, phone_encrypted, phone_index, address,
						  unit_id, group_id, resident_since, account_id)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						""",
				persons.size(), (ps, i) -> {
					PersonDetails person = persons.get(i);
					String phone = (person.phone() != null && !person.phone().isBlank()) ? person.phone().strip()
							: null;
					ps.setString(1, person.fullName().strip());
					ps.setString(2, VietnameseText.fold(person.fullName()));
					setDate(ps, 3, person.birthDate());
					ps.setString(4, person.sex().name());
					ps.setString(5, this.encryptor.encrypt(phone));
					ps.setString(6, this.encryptor.blindIndex(phone));
					ps.setString(7, person.address());
					ps.setLong(8, unitId);
					setLong(ps, 9, person.groupId());
					setDate(ps, 10, person.residentSince());
					setLong(ps, 11, person.accountId());
				});
	}

	/**
	 * A membership to insert.
	 */
	record NewMembership(long teamId, long personId, TeamRole role, LocalDate joinedOn, LocalDate leftOn) {
	}

	List<Long> insertMemberships(List<NewMembership> memberships) {
		List<Long> ids = insertAll("""
				INSERT INTO forces_membership (team_id, person_id, role, joined_on, left_on) VALUES (?, ?, ?, ?, ?)
				""", memberships.size(), (ps, i) -> {
			NewMembership membership = memberships.get(i);
			ps.setLong(1, membership.teamId());
			ps.setLong(2, membership.personId());
			ps.setString(3, membership.role().name());
			setDate(ps, 4, membership.joinedOn());
			setDate(ps, 5, membership.leftOn());
		});
		List<MembershipLine> lines = new ArrayList<>();
		for (int i = 0; i < memberships.size(); i++) {
			NewMembership m = memberships.get(i);
			lines.add(new MembershipLine(ids.get(i), m.teamId(), m.personId(), m.joinedOn(), m.leftOn()));
		}
		for (int from = 0; from < lines.size(); from += EVENT_BATCH) {
			this.events
				.publishEvent(new MembershipsChanged(lines.subList(from, Math.min(lines.size(), from + EVENT_BATCH))));
		}
		return ids;
	}

	interface RowSetter {

		void set(PreparedStatement ps, int index) throws SQLException;

	}

	private List<Long> insertAll(String sql, int count, RowSetter setter) {
		if (count == 0) {
			return List.of();
		}
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.batchUpdate((connection) -> connection.prepareStatement(sql, new String[] { "id" }),
				new BatchPreparedStatementSetter() {

					@Override
					public void setValues(PreparedStatement ps, int i) throws SQLException {
						setter.set(ps, i);
					}

					@Override
					public int getBatchSize() {
						return count;
					}

				}, keys);
		List<Long> ids = keys.getKeyList()
			.stream()
			.map((row) -> ((Number) row.values().iterator().next()).longValue())
			.toList();
		if (ids.size() != count) {
			throw new IllegalStateException("Expected " + count + " generated keys, got " + ids.size());
		}
		return ids;
	}

	private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
		if (value == null) {
			ps.setNull(index, Types.BIGINT);
		}
		else {
			ps.setLong(index, value);
		}
	}

	private static void setDate(PreparedStatement ps, int index, LocalDate value) throws SQLException {
		if (value == null) {
			ps.setNull(index, Types.DATE);
		}
		else {
			ps.setDate(index, Date.valueOf(value));
		}
	}

}

package vn.lachan.forces.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.paging.SqlPages;
import vn.lachan.shared.text.VietnameseText;

/**
 * Persons, memberships, trainings and rule confirmations. The phone arrives here
 * encrypted.
 */
@Component
class MemberRepository {

	private static final String MEMBERSHIP_COLUMNS = """
			m.id, m.team_id, m.person_id, p.full_name, p.sex, p.group_id, m.role, m.joined_on, m.left_on, p.account_id
			""";

	private final JdbcClient jdbc;

	MemberRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insertPerson(long unitId, PersonDetails person, String phoneEncrypted, String phoneIndex) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					INSERT INTO forces_person (full_name, name_folded, birth_date, sex, phone_encrypted, phone_index, address,
					  unit_id, group_id, resident_since, account_id)
					VALUES (:name, :folded, :birth, :sex, :phone, :phoneIndex, :address, :unit, :group, :since, :account)
					""")
			.param("name", person.fullName().strip())
			.param("folded", VietnameseText.fold(person.fullName()))
			.param("birth", person.birthDate())
			.param("sex", person.sex().name())
			.param("phone", phoneEncrypted)
			.param("phoneIndex", phoneIndex)
			.param("address", person.address())
			.param("unit", unitId)
			.param("group", person.groupId())
			.param("since", person.residentSince())
			.param("account", person.accountId())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	Optional<Person> findPerson(long id) {
		return this.jdbc
			.sql("""
					SELECT id, full_name, birth_date, sex, phone_encrypted, address, unit_id, group_id, resident_since, account_id
					FROM forces_person WHERE id = :id
					""")
			.param("id", id)
			.query(this::person)
			.optional();
	}

	/** The person of a ward with this name and date of birth, and this phone if given. */
	Optional<Person> findSame(long unitId, String fullName, LocalDate birthDate, String phoneIndex) {
		String sql = """
				SELECT id, full_name, birth_date, sex, phone_encrypted, address, unit_id, group_id, resident_since, account_id
				FROM forces_person WHERE unit_id = :unit AND name_folded = :folded
				"""
				+ ((birthDate != null) ? " AND birth_date = :birth" : " AND birth_date IS NULL")
				+ ((phoneIndex != null) ? " AND phone_index = :phone" : " AND phone_index IS NULL") + " ORDER BY id";
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql)
			.param("unit", unitId)
			.param("folded", VietnameseText.fold(fullName));
		if (birthDate != null) {
			statement = statement.param("birth", birthDate);
		}
		if (phoneIndex != null) {
			statement = statement.param("phone", phoneIndex);
		}
		return statement.query(this::person).list().stream().findFirst();
	}

	private Person person(ResultSet rs, int row) throws SQLException {
		return new Person(rs.getLong("id"), rs.getString("full_name"), rs.getObject("birth_date", LocalDate.class),
				Sex.valueOf(rs.getString("sex")), rs.getString("phone_encrypted"), rs.getString("address"),
				rs.getLong("unit_id"), nullableLong(rs, "group_id"), rs.getObject("resident_since", LocalDate.class),
				nullableLong(rs, "account_id"));
	}

	long insertMembership(long teamId, long personId, TeamRole role, LocalDate joinedOn, LocalDate leftOn) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO forces_membership (team_id, person_id, role, joined_on, left_on)
				VALUES (:team, :person, :role, :joined, :left)
				""")
			.param("team", teamId)
			.param("person", personId)
			.param("role", role.name())
			.param("joined", joinedOn)
			.param("left", leftOn)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void leave(long membershipId, LocalDate leftOn) {
		this.jdbc.sql("UPDATE forces_membership SET left_on = :left WHERE id = :id")
			.param("id", membershipId)
			.param("left", leftOn)
			.update();
	}

	Optional<Membership> findMembership(long id) {
		return this.jdbc
			.sql("SELECT " + MEMBERSHIP_COLUMNS
					+ " FROM forces_membership m JOIN forces_person p ON p.id = m.person_id WHERE m.id = :id")
			.param("id", id)
			.query(this::membership)
			.optional();
	}

	/** Every membership of a team, former ones included, leaders first. */
	List<Membership> membershipsOfTeam(long teamId) {
		return this.jdbc.sql("SELECT " + MEMBERSHIP_COLUMNS + """
				FROM forces_membership m JOIN forces_person p ON p.id = m.person_id
				WHERE m.team_id = :team
				ORDER BY CASE WHEN m.left_on IS NULL THEN 0 ELSE 1 END,
				  CASE m.role WHEN 'LEADER' THEN 0 WHEN 'DEPUTY' THEN 1 ELSE 2 END, m.joined_on, m.id
				""").param("team", teamId).query(this::membership).list();
	}

	/** One page of a team's memberships, in the order of {@link #membershipsOfTeam}. */
	PageResult<Membership> membershipsOfTeam(long teamId, PageQuery page) {
		return SqlPages.page(this.jdbc, "SELECT " + MEMBERSHIP_COLUMNS + """
				FROM forces_membership m JOIN forces_person p ON p.id = m.person_id
				WHERE m.team_id = :team""", """
				ORDER BY CASE WHEN m.left_on IS NULL THEN 0 ELSE 1 END,
				  CASE m.role WHEN 'LEADER' THEN 0 WHEN 'DEPUTY' THEN 1 ELSE 2 END, m.joined_on, m.id""",
				Map.of("team", teamId), this::membership, page);
	}

	List<Membership> membershipsOfPerson(long personId) {

		return this.jdbc.sql("SELECT " + MEMBERSHIP_COLUMNS + """
				FROM forces_membership m JOIN forces_person p ON p.id = m.person_id
				WHERE m.person_id = :person ORDER BY m.joined_on, m.id
				""").param("person", personId).query(this::membership).list();
	}

	/** The teams in which an account's person is an active member on a date. */
	List<Long> teamsOfAccount(long accountId, LocalDate on) {
		return this.jdbc.sql("""
				SELECT DISTINCT m.team_id FROM forces_membership m JOIN forces_person p ON p.id = m.person_id
				WHERE p.account_id = :account AND m.joined_on <= :on AND (m.left_on IS NULL OR m.left_on > :on)
				""").param("account", accountId).param("on", on).query(Long.class).list();
	}

	private Membership membership(ResultSet rs, int row) throws SQLException {
		return new Membership(rs.getLong("id"), rs.getLong("team_id"), rs.getLong("person_id"),
				rs.getString("full_name"), Sex.valueOf(rs.getString("sex")), nullableLong(rs, "group_id"),
				TeamRole.valueOf(rs.getString("role")), rs.getObject("joined_on", LocalDate.class),
				rs.getObject("left_on", LocalDate.class), nullableLong(rs, "account_id"));
	}

	long addTraining(long personId, String title, LocalDate completedOn) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO forces_training (person_id, title, completed_on) VALUES (:person, :title, :on)")
			.param("person", personId)
			.param("title", title.strip())
			.param("on", completedOn)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	List<Training> trainings(long personId) {
		return this.jdbc.sql(
				"SELECT id, person_id, title, completed_on FROM forces_training WHERE person_id = :person ORDER BY completed_on DESC, id")
			.param("person", personId)
			.query((rs, row) -> new Training(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getObject(4, LocalDate.class)))
			.list();
	}

	void recordConfirmation(long teamId, Long membershipId, List<RuleWarning> warnings, long confirmedBy,
			String confirmedByName, Instant at) {
		this.jdbc
			.sql("""
					INSERT INTO forces_rule_confirmation (team_id, membership_id, warnings, confirmed_by, confirmed_by_name, confirmed_at)
					VALUES (:team, :membership, :warnings, :by, :byName, :at)
					""")
			.param("team", teamId)
			.param("membership", membershipId)
			.param("warnings", String.join(",", warnings.stream().map(RuleWarning::toString).toList()))
			.param("by", confirmedBy)
			.param("byName", confirmedByName)
			.param("at", Timestamp.from(at))
			.update();
	}

	List<RuleConfirmation> confirmations(long teamId) {
		return this.jdbc.sql("""
				SELECT id, team_id, membership_id, warnings, confirmed_by, confirmed_by_name, confirmed_at
				FROM forces_rule_confirmation WHERE team_id = :team ORDER BY confirmed_at DESC, id DESC
				""")
			.param("team", teamId)
			.query((rs, row) -> new RuleConfirmation(rs.getLong(1), rs.getLong(2), nullableLong(rs, "membership_id"),
					rs.getString(4), rs.getLong(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
			.list();
	}

	private static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}

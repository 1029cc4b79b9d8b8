package vn.lachan.mediation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.lachan.shared.crypto.FieldEncryptor;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.paging.SqlPages;

/** Reads cases, their sessions, agreement and (decrypted) parties. */
@Component
class CaseQueries {

	private static final String COLUMNS = "c.id, c.unit_id, c.team_id, c.grounds, c.dispute_kind, c.summary, "
			+ "c.received_on, c.assigned_at, c.status, c.outcome_note, c.closed_on, c.tip_id";

	private final JdbcClient jdbc;

	private final FieldEncryptor encryptor;

	CaseQueries(JdbcClient jdbc, FieldEncryptor encryptor) {
		this.jdbc = jdbc;
		this.encryptor = encryptor;
	}

	Optional<MediationCase> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM mediation_case c WHERE c.id = :id")
			.param("id", id)
			.query(this::row)
			.optional();
	}

	/**
	 * Cases of a unit, newest first; {@code teamIds} limits them to those teams when not
	 * {@code null}; {@code q} searches the summary.
	 */
	PageResult<MediationCase> search(long unitId, Collection<Long> teamIds, String status, String q, PageQuery page) {
		StringBuilder where = new StringBuilder(" WHERE c.unit_id = :unit");
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("unit", unitId);
		if (teamIds != null) {
			if (teamIds.isEmpty()) {
				return new PageResult<>(List.of(), page.page(), page.size(), 0);
			}
			where.append(" AND c.team_id IN (:teams)");
			params.put("teams", teamIds);
		}
		if (status != null && !status.isBlank()) {
			where.append(" AND c.status = :status");
			params.put("status", status);
		}
		if (q != null && !q.isBlank()) {
			where.append(" AND LOWER(c.summary) LIKE :q");
			params.put("q", "%" + q.toLowerCase(java.util.Locale.ROOT) + "%");
		}
		long total = this.jdbc.sql("SELECT COUNT(*) FROM mediation_case c" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<MediationCase> items = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM mediation_case c" + where
					+ " ORDER BY c.received_on DESC, c.id DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(this::row)
			.list();
		return new PageResult<>(items, page.page(), page.size(), total);
	}

	/**
	 * Cases of a unit received in [from, to], oldest first, as the register lists them.
	 */
	List<MediationCase> received(long unitId, Collection<Long> teamIds, LocalDate from, LocalDate to) {
		if (teamIds != null && teamIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM mediation_case c WHERE c.unit_id = :unit"
					+ " AND c.received_on >= :from AND c.received_on <= :to"
					+ ((teamIds != null) ? " AND c.team_id IN (:teams)" : "") + " ORDER BY c.received_on, c.id")
			.param("unit", unitId)
			.param("from", from)
			.param("to", to)
			.param("teams", (teamIds != null) ? teamIds : List.of(-1L))
			.query(this::row)
			.list();
	}

	List<Party> parties(long caseId) {
		return this.jdbc.sql("""
				SELECT id, position, invited, name_encrypted, contact_encrypted, address_encrypted
				FROM mediation_party WHERE case_id = :case ORDER BY position
				""")
			.param("case", caseId)
			.query((rs, n) -> new Party(rs.getLong("id"), rs.getInt("position"), rs.getBoolean("invited"),
					this.encryptor.decrypt(rs.getString("name_encrypted")), decrypt(rs.getString("contact_encrypted")),
					decrypt(rs.getString("address_encrypted"))))
			.list();
	}

	/**
	 * One page of a case's parties, in their order; only the page's rows are decrypted.
	 */
	PageResult<Party> parties(long caseId, PageQuery page) {
		return SqlPages.page(this.jdbc, """
				SELECT id, position, invited, name_encrypted, contact_encrypted, address_encrypted
				FROM mediation_party WHERE case_id = :case""", "ORDER BY position, id", Map.of("case", caseId),
				(rs, n) -> new Party(rs.getLong("id"), rs.getInt("position"), rs.getBoolean("invited"),
						this.encryptor.decrypt(rs.getString("name_encrypted")),
						decrypt(rs.getString("contact_encrypted")), decrypt(rs.getString("address_encrypted"))),
				page);
	}

	/**
	 * A case's written agreement; part b (the parties) decrypted only when asked for, for
	 * a read that is audited, {@code null} otherwise.
	 */
	Optional<AgreementParts> agreement(long caseId, boolean withParties) {
		return this.jdbc.sql("SELECT * FROM mediation_agreement WHERE case_id = :case")
			.param("case", caseId)
			.query((rs, n) -> new AgreementParts(rs.getString("grounds"),
					withParties ? this.encryptor.decrypt(rs.getString("parties_encrypted")) : null,
					rs.getString("content"), rs.getString("course"), rs.getString("solution"),
					rs.getString("obligations"), rs.getString("performance"), rs.getBoolean("signed")))
			.optional();
	}

	private String decrypt(String stored) {
		return (stored == null) ? null : this.encryptor.decrypt(stored);
	}

	private MediationCase row(ResultSet rs, int n) throws SQLException {
		long id = rs.getLong("id");
		List<Long> mediators = this.jdbc
			.sql("SELECT person_id FROM mediation_mediator WHERE case_id = :case ORDER BY person_id")
			.param("case", id)
			.query(Long.class)
			.list();
		List<MediationSession> sessions = this.jdbc
			.sql("SELECT id, case_id, held_on, place, attendees, notes FROM mediation_session WHERE case_id = :case "
					+ "ORDER BY held_on, id")
			.param("case", id)
			.query((r, i) -> new MediationSession(r.getLong("id"), r.getLong("case_id"),
					r.getObject("held_on", LocalDate.class), r.getString("place"), r.getString("attendees"),
					r.getString("notes")))
			.list();
		Timestamp assigned = rs.getTimestamp("assigned_at");
		long tip = rs.getLong("tip_id");
		Long tipId = rs.wasNull() ? null : tip;
		return new MediationCase(id, rs.getLong("unit_id"), rs.getLong("team_id"),
				Grounds.valueOf(rs.getString("grounds")), DisputeKind.valueOf(rs.getString("dispute_kind")),
				rs.getString("summary"), rs.getObject("received_on", LocalDate.class), assigned.toInstant(),
				CaseStatus.valueOf(rs.getString("status")), rs.getString("outcome_note"),
				rs.getObject("closed_on", LocalDate.class), tipId, mediators, sessions);
	}

	/** One page of a case's follow-ups, oldest first. */
	PageResult<FollowUp> followUps(long caseId, PageQuery page) {
		return SqlPages.page(this.jdbc,
				"SELECT id, checked_on, performance, note FROM mediation_follow_up WHERE case_id = :case",
				"ORDER BY checked_on, id", Map.of("case", caseId),
				(rs, n) -> new FollowUp(rs.getLong("id"), rs.getObject("checked_on", LocalDate.class),
						FollowUp.Performance.valueOf(rs.getString("performance")), rs.getString("note")),
				page);
	}

	List<FollowUp> followUps(long caseId) {
		return this.jdbc.sql(
				"SELECT id, checked_on, performance, note FROM mediation_follow_up WHERE case_id = :case ORDER BY checked_on, id")
			.param("case", caseId)
			.query((rs, n) -> new FollowUp(rs.getLong("id"), rs.getObject("checked_on", LocalDate.class),
					FollowUp.Performance.valueOf(rs.getString("performance")), rs.getString("note")))
			.list();
	}

}

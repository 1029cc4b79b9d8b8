package vn.lachan.community.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.lachan.community.Priority;
import vn.lachan.shared.crypto.FieldEncryptor;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;

/**
 * Reads members: by their private token, a group's list, a member's contacts.
 */
@Component
class MemberQueries {

	private static final String VIEW = """
			SELECT m.id, m.group_id, m.unit_id, m.display_name, m.email IS NOT NULL AS has_email,
			  m.phone IS NOT NULL AS has_phone, m.channels, m.min_priority, m.status, m.joined_at, m.confirmed_at,
			  c.given_at, c.given_via, c.withdrawn_at
			FROM community_member m
			LEFT JOIN community_consent c ON c.member_id = m.id AND c.purpose = 'COMMUNITY_BROADCASTS'
			""";

	private final JdbcClient jdbc;

	private final FieldEncryptor encryptor;

	MemberQueries(JdbcClient jdbc, FieldEncryptor encryptor) {
		this.jdbc = jdbc;
		this.encryptor = encryptor;
	}

	Optional<Pending> pending(String memberToken) {
		return this.jdbc.sql("""
				SELECT id, group_id, unit_id, status, confirm_attempts, confirm_code_hash, contact_index,
				  email IS NULL AS via_sms
				FROM community_member WHERE member_token = ?""")
			.param(memberToken)
			.query((rs, n) -> new Pending(rs.getLong("id"), rs.getLong("group_id"), rs.getLong("unit_id"),
					rs.getString("status"), rs.getInt("confirm_attempts"), rs.getString("confirm_code_hash"),
					rs.getString("contact_index"), rs.getBoolean("via_sms")))
			.optional();
	}

	Optional<MemberView> byToken(String memberToken) {
		return this.jdbc.sql(VIEW + "WHERE m.member_token = ?").param(memberToken).query(this::view).optional();
	}

	Optional<MemberView> find(long id) {
		return this.jdbc.sql(VIEW + "WHERE m.id = ?").param(id).query(this::view).optional();
	}

	/** A group's members who confirmed (active, then those who left), newest first. */
	PageResult<MemberView> ofGroup(long groupId, PageQuery page) {
		long total = this.jdbc
			.sql("SELECT COUNT(*) FROM community_member WHERE group_id = ? AND status IN ('ACTIVE', 'LEFT')")
			.param(groupId)
			.query(Long.class)
			.single();
		List<MemberView> items = this.jdbc
			.sql(VIEW + "WHERE m.group_id = ? AND m.status IN ('ACTIVE', 'LEFT') "
					+ "ORDER BY m.status, m.joined_at DESC, m.id DESC LIMIT ? OFFSET ?")
			.params(groupId, page.size(), page.offset())
			.query(this::view)
			.list();
		return new PageResult<>(items, page.page(), page.size(), total);
	}

	Optional<MemberContact> contact(long id) {
		return this.jdbc.sql("SELECT id, display_name, email, phone FROM community_member WHERE id = ?")
			.param(id)
			.query((rs, n) -> new MemberContact(rs.getLong("id"), this.encryptor.decrypt(rs.getString("display_name")),
					this.encryptor.decrypt(rs.getString("email")), this.encryptor.decrypt(rs.getString("phone"))))
			.optional();
	}

	private MemberView view(ResultSet rs, int row) throws SQLException {
		return new MemberView(rs.getLong("id"), rs.getLong("group_id"), rs.getLong("unit_id"),
				this.encryptor.decrypt(rs.getString("display_name")), rs.getBoolean("has_email"),
				rs.getBoolean("has_phone"), Channels.parse(rs.getString("channels")),
				Priority.valueOf(rs.getString("min_priority")), rs.getString("status"), instant(rs, "joined_at"),
				instant(rs, "confirmed_at"), instant(rs, "given_at"), rs.getString("given_via"),
				instant(rs, "withdrawn_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	record Pending(long id, long groupId, long unitId, String status, int attempts, String codeHash,
			String contactIndex, boolean viaSms) {
	}

}

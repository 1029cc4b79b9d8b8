package vn.lachan.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.security.Role;
import vn.lachan.shared.text.VietnameseText;

/**
 * Reads accounts for the administrators: a page of accounts matching a search, with the
 * display name searched with Vietnamese diacritics folded, and one account by id. Never
 * reads the password hash.
 */
@Repository
class AccountQueries {

	private static final String COLUMNS = "id, username, display_name, email, role, unit_id, enabled, locked_until, "
			+ "created_at, password_changed_at";

	/**
	 * Accented letters and the plain letter each folds to, for {@code TRANSLATE}: the
	 * same folding as {@link VietnameseText#fold}, done by the database (H2 and
	 * PostgreSQL both have {@code TRANSLATE}).
	 */
	static final String FOLD_FROM;

	static final String FOLD_TO;

	static {
		StringBuilder from = new StringBuilder();
		StringBuilder to = new StringBuilder();
		appendFoldedLetters(from, to, '\u00C0', '\u024F');
		appendFoldedLetters(from, to, '\u1E00', '\u1EFF');
		FOLD_FROM = from.toString();
		FOLD_TO = to.toString();
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	AccountQueries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	PageResult<AccountView> search(AccountSearch search, PageQuery page) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		if (search.role() != null) {
			where.append(" AND role = :role");
			params.put("role", search.role().name());
		}
		if (search.unitId() != null) {
			where.append(" AND unit_id = :unitId");
			params.put("unitId", search.unitId());
		}
		if (search.text() != null && !search.text().isBlank()) {
			where.append(" AND (LOWER(username) LIKE :text ESCAPE '\\'"
					+ " OR LOWER(TRANSLATE(display_name, :foldFrom, :foldTo)) LIKE :text ESCAPE '\\')");
			params.put("text", VietnameseText.containsPattern(search.text()));
			params.put("foldFrom", FOLD_FROM);
			params.put("foldTo", FOLD_TO);
		}
		long total = this.jdbc.sql("SELECT COUNT(*) FROM account" + where).params(params).query(Long.class).single();
		List<AccountView> items = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM account" + where + " ORDER BY username LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(this::map)
			.list();
		return new PageResult<>(withGroups(items), page.page(), page.size(), total);
	}

	Optional<AccountView> findById(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE id = :id")
			.param("id", id)
			.query(this::map)
			.optional()
			.map((account) -> withGroups(List.of(account)).get(0));
	}

	/**
	 * Whether a session signed in as this account is still good: the account exists, is
	 * enabled, and its password has not been changed or reset since.
	 */
	boolean sessionStillValid(long id, Instant passwordChangedAt) {
		return this.jdbc.sql("SELECT enabled, password_changed_at FROM account WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> rs.getBoolean("enabled")
					&& Objects.equals(instant(rs, "password_changed_at"), passwordChangedAt))
			.optional()
			.orElse(false);
	}

	private List<AccountView> withGroups(List<AccountView> accounts) {
		List<Long> areaOfficers = accounts.stream()
			.filter((account) -> account.role() == Role.AREA_OFFICER)
			.map(AccountView::id)
			.toList();
		if (areaOfficers.isEmpty()) {
			return accounts;
		}
		Map<Long, Set<Long>> groups = new HashMap<>();
		this.jdbc.sql("SELECT account_id, group_id FROM account_group WHERE account_id IN (:ids)")
			.param("ids", areaOfficers)
			.query((rs, row) -> groups.computeIfAbsent(rs.getLong("account_id"), (key) -> new HashSet<>())
				.add(rs.getLong("group_id")))
			.list();
		return accounts.stream()
			.map((account) -> new AccountView(account.id(), account.username(), account.displayName(), account.email(),
					account.role(), account.unitId(), groups.getOrDefault(account.id(), Set.of()), account.enabled(),
					account.locked(), account.lockedUntil(), account.createdAt(), account.passwordChangedAt()))
			.toList();
	}

	private AccountView map(ResultSet rs, int row) throws SQLException {
		long unit = rs.getLong("unit_id");
		Long unitId = rs.wasNull() ? null : unit;
		Instant lockedUntil = instant(rs, "locked_until");
		boolean locked = lockedUntil != null && lockedUntil.isAfter(this.clock.instant());
		return new AccountView(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("email"), Role.valueOf(rs.getString("role")), unitId, Set.of(), rs.getBoolean("enabled"),
				locked, locked ? lockedUntil : null, instant(rs, "created_at"), instant(rs, "password_changed_at"));
	}

	private static void appendFoldedLetters(StringBuilder from, StringBuilder to, char first, char last) {
		for (char letter = first; letter <= last; letter++) {
			String folded = VietnameseText.fold(String.valueOf(letter));
			if (folded.length() == 1 && folded.charAt(0) >= 'a' && folded.charAt(0) <= 'z') {
				from.append(letter);
				to.append(folded);
			}
		}
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}

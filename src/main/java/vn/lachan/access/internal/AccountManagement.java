package vn.lachan.access.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.access.AccessCatalog;
import vn.lachan.access.AccountSummary;
import vn.lachan.access.AuditAction;
import vn.lachan.shared.ConflictException;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.InvalidInputException.FieldProblem;
import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.RuleViolationException;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;
import vn.lachan.territory.ResidentialGroupSummary;
import vn.lachan.territory.TerritoryCatalog;

/**
 * Creates and changes accounts, passwords and API tokens; every change is audited.
 */
@Service
@Transactional
public class AccountManagement implements AccessCatalog {

	private final AccountRepository accounts;

	private final ApiTokenRepository tokens;

	private final PasswordEncoder passwords;

	private final TerritoryCatalog territory;

	private final AuditLog audit;

	private final AccountQueries queries;

	private final Clock clock;

	AccountManagement(AccountRepository accounts, ApiTokenRepository tokens, PasswordEncoder passwords,
			TerritoryCatalog territory, AuditLog audit, AccountQueries queries, Clock clock) {
		this.accounts = accounts;
		this.queries = queries;
		this.tokens = tokens;
		this.passwords = passwords;
		this.territory = territory;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What an administrator enters about an account.
	 */
	public record AccountDetails(String displayName, String email, Role role, Long unitId, Set<Long> groupIds) {
	}

	/**
	 * A token just created: its value is shown once and never stored.
	 */
	public record IssuedToken(long id, String name, String value) {
	}

	/**
	 * A token as the console lists it.
	 */
	public record TokenSummary(long id, String name, String prefix, java.time.Instant createdAt,
			java.time.Instant lastUsedAt, java.time.Instant revokedAt) {
	}

	public AccountSummary create(CurrentUser admin, String username, String password, AccountDetails details) {
		String name = freeUsername(username);
		checkPassword("password", name, password);
		return insert(admin, name, this.passwords.encode(password), details);
	}

	/**
	 * Creates an account whose password is already hashed. The demo accounts share one
	 * hash of the demo password: hashing is slow on purpose (about 0.1 s each).
	 */
	AccountSummary createHashed(CurrentUser admin, String username, String passwordHash, AccountDetails details) {
		return insert(admin, freeUsername(username), passwordHash, details);
	}

	private String freeUsername(String username) {
		String name = (username == null) ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
		if (this.accounts.findByUsername(name).isPresent()) {
			throw new ConflictException("access.username-taken", "Username taken", name);
		}
		return name;
	}

	private AccountSummary insert(CurrentUser admin, String name, String passwordHash, AccountDetails details) {
		checkBinding(details);
		Account account = this.accounts.save(Account.create(name, details.displayName(), details.email(),
				details.role(), details.unitId(), details.groupIds(), passwordHash, this.clock.instant()));
		this.audit.record(AuditAction.ACCOUNT_CREATED, admin, "account", account.id(), account.role().name());
		return account.summary();
	}

	public AccountSummary change(CurrentUser admin, long accountId, AccountDetails details) {
		Account account = find(accountId);
		if (account.id() == admin.accountId() && account.role() == Role.ADMIN && details.role() != Role.ADMIN) {
			throw new RuleViolationException("access.cannot-demote-self", "Cannot give up one's own admin role");
		}
		checkBinding(details);
		account.change(details.displayName(), details.email(), details.role(), details.unitId(), details.groupIds());
		Account saved = this.accounts.save(account);
		this.audit.record(AuditAction.ACCOUNT_CHANGED, admin, "account", accountId, saved.role().name());
		return saved.summary();
	}

	public void disable(CurrentUser admin, long accountId) {
		Account account = find(accountId);
		if (account.id() == admin.accountId()) {
			throw new RuleViolationException("access.cannot-disable-self", "Cannot disable yourself");
		}
		account.disable();
		this.accounts.save(account);
		this.tokens.findByAccount(accountId).forEach((token) -> {
			token.revoke(this.clock.instant());
			this.tokens.save(token);
		});
		this.audit.record(AuditAction.ACCOUNT_DISABLED, admin, "account", accountId, null);
	}

	public void enable(CurrentUser admin, long accountId) {
		Account account = find(accountId);
		account.enable();
		this.accounts.save(account);
		this.audit.record(AuditAction.ACCOUNT_ENABLED, admin, "account", accountId, null);
	}

	/** An administrator sets a new password for an account; it also lifts a lock-out. */
	public void resetPassword(CurrentUser admin, long accountId, String newPassword) {
		Account account = find(accountId);
		checkPassword("password", account.username(), newPassword);
		account.changePassword(this.passwords.encode(newPassword), this.clock.instant());
		this.accounts.save(account);
		this.audit.record(AuditAction.PASSWORD_RESET, admin, "account", accountId, null);
	}

	/** The signed-in person changes their own password, proving the current one. */
	public void changeOwnPassword(CurrentUser user, String currentPassword, String newPassword) {
		Account account = find(user.accountId());
		if (currentPassword == null || !this.passwords.matches(currentPassword, account.passwordHash())) {
			throw new InvalidInputException(List.of(new FieldProblem("currentPassword", "access.password.wrong-current",
					"access.password.wrong-current")));
		}
		checkPassword("newPassword", account.username(), newPassword);
		account.changePassword(this.passwords.encode(newPassword), this.clock.instant());
		this.accounts.save(account);
		this.audit.record(AuditAction.PASSWORD_CHANGED, user, "account", account.id(), null);
	}

	public IssuedToken issueToken(CurrentUser user, String name) {
		if (name == null || name.isBlank() || name.length() > 100) {
			throw new InvalidInputException(
					List.of(new FieldProblem("name", "access.token.name-required", "access.token.name-required")));
		}
		ApiToken.Issued issued = ApiToken.issue(user.accountId(), name, this.clock.instant());
		ApiToken saved = this.tokens.save(issued.token());
		this.audit.record(AuditAction.TOKEN_CREATED, user, "api-token", saved.id(), saved.prefix());
		return new IssuedToken(saved.id(), saved.name(), issued.value());
	}

	public void revokeToken(CurrentUser user, long tokenId) {
		ApiToken token = this.tokens.findById(tokenId)
			.filter((candidate) -> candidate.accountId() == user.accountId() || user.hasRole(Role.ADMIN))
			.orElseThrow(() -> NotFoundException.of("api-token", tokenId));
		token.revoke(this.clock.instant());
		this.tokens.save(token);
		this.audit.record(AuditAction.TOKEN_REVOKED, user, "api-token", tokenId, token.prefix());
	}

	@Transactional(readOnly = true)
	public List<TokenSummary> tokensOf(long accountId) {
		return this.tokens.findByAccount(accountId)
			.stream()
			.map((token) -> new TokenSummary(token.id(), token.name(), token.prefix(), token.createdAt(),
					token.lastUsedAt(), token.revokedAt()))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<AccountSummary> all() {
		return this.accounts.findAll()
			.stream()
			.map(Account::summary)
			.sorted(java.util.Comparator.comparing(AccountSummary::username))
			.toList();
	}

	/** A page of accounts matching the search, ordered by username. */
	@Transactional(readOnly = true)
	public PageResult<AccountView> search(AccountSearch search, PageQuery page) {
		return this.queries.search(search, page);
	}

	/** One account as administrators see it; 404 when there is none. */
	@Transactional(readOnly = true)
	public AccountView view(long accountId) {
		return this.queries.findById(accountId).orElseThrow(() -> NotFoundException.of("account", accountId));
	}

	@Transactional(readOnly = true)
	public boolean isLocked(long accountId) {
		return find(accountId).isLocked(this.clock.instant());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AccountSummary> findAccount(long accountId) {
		return this.accounts.findById(accountId).map(Account::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AccountSummary> accountsOf(Role role, long unitId) {
		return this.accounts.findEnabled(role, unitId).stream().map(Account::summary).toList();
	}

	/** Demo data only: an API token with a known value. */
	void issueKnownToken(long accountId, String name, String value) {
		if (this.tokens.findByTokenHash(ApiToken.hash(value)).isEmpty()) {
			this.tokens.save(ApiToken.of(accountId, name, value, this.clock.instant()));
		}
	}

	private Account find(long accountId) {
		return this.accounts.findById(accountId).orElseThrow(() -> NotFoundException.of("account", accountId));
	}

	private void checkPassword(String field, String username, String password) {
		List<FieldProblem> problems = PasswordPolicy.problems(username, password)
			.stream()
			.map((code) -> new FieldProblem(field, code, code))
			.toList();
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private void checkBinding(AccountDetails details) {
		if (details.role() != Role.ADMIN && details.unitId() == null) {
			throw new InvalidInputException(
					List.of(new FieldProblem("unitId", "access.unit-required", "access.unit-required")));
		}
		if (details.unitId() != null && this.territory.findUnit(details.unitId()).isEmpty()) {
			throw new InvalidInputException(
					List.of(new FieldProblem("unitId", "access.unit-unknown", "access.unit-unknown")));
		}
		if (details.role() == Role.AREA_OFFICER) {
			for (Long groupId : details.groupIds()) {
				boolean inUnit = this.territory.findGroup(groupId)
					.map(ResidentialGroupSummary::unitId)
					.filter((unit) -> unit.equals(details.unitId()))
					.isPresent();
				if (!inUnit) {
					throw new InvalidInputException(List
						.of(new FieldProblem("groupIds", "access.group-not-in-unit", "access.group-not-in-unit")));
				}
			}
		}
	}

}

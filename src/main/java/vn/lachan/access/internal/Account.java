package vn.lachan.access.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import vn.lachan.access.AccountSummary;
import vn.lachan.shared.security.Role;

/**
 * A staff or host account, bound to an administrative unit (area officers also to
 * residential groups). It guards its own lock-out.
 */
@Table("account")
class Account {

	/** Failed sign-ins in a row that lock the account. */
	static final int MAX_FAILED_ATTEMPTS = 5;

	/** How long a locked account stays locked. */
	static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	@Id
	private Long id;

	private String username;

	private String displayName;

	private String email;

	private Role role;

	private Long unitId;

	private String passwordHash;

	private boolean enabled;

	private int failedAttempts;

	private Instant lockedUntil;

	private Instant passwordChangedAt;

	private Instant createdAt;

	@MappedCollection(idColumn = "account_id")
	private Set<AssignedGroup> groups = new HashSet<>();

	@Version
	private Integer version;

	Account() {
	}

	static Account create(String username, String displayName, String email, Role role, Long unitId, Set<Long> groupIds,
			String passwordHash, Instant now) {
		Account account = new Account();
		account.username = username;
		account.enabled = true;
		account.createdAt = now;
		account.passwordHash = passwordHash;
		account.passwordChangedAt = now;
		account.change(displayName, email, role, unitId, groupIds);
		return account;
	}

	void change(String newDisplayName, String newEmail, Role newRole, Long newUnitId, Set<Long> groupIds) {
		this.displayName = newDisplayName.strip();
		this.email = (newEmail == null || newEmail.isBlank()) ? null : newEmail.strip();
		this.role = newRole;
		this.unitId = newUnitId;
		this.groups = (newRole == Role.AREA_OFFICER)
				? groupIds.stream().map(AssignedGroup::new).collect(Collectors.toCollection(HashSet::new))
				: new HashSet<>();
	}

	void changePassword(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.passwordChangedAt = now;
		this.failedAttempts = 0;
		this.lockedUntil = null;
	}

	/** Counts a failed sign-in; answers whether this one locked the account. */
	boolean signInFailed(Instant now) {
		this.failedAttempts++;
		if (this.failedAttempts >= MAX_FAILED_ATTEMPTS && !isLocked(now)) {
			this.lockedUntil = now.plus(LOCK_DURATION);
			this.failedAttempts = 0;
			return true;
		}
		return false;
	}

	void signedIn() {
		this.failedAttempts = 0;
		this.lockedUntil = null;
	}

	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
		this.failedAttempts = 0;
		this.lockedUntil = null;
	}

	boolean isLocked(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	Long id() {
		return this.id;
	}

	String username() {
		return this.username;
	}

	String displayName() {
		return this.displayName;
	}

	String email() {
		return this.email;
	}

	Role role() {
		return this.role;
	}

	Long unitId() {
		return this.unitId;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	boolean enabled() {
		return this.enabled;
	}

	int failedAttempts() {
		return this.failedAttempts;
	}

	Instant lockedUntil() {
		return this.lockedUntil;
	}

	Instant passwordChangedAt() {
		return this.passwordChangedAt;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Set<Long> groupIds() {
		return this.groups.stream().map(AssignedGroup::groupId).collect(Collectors.toUnmodifiableSet());
	}

	AccountSummary summary() {
		return new AccountSummary(this.id, this.username, this.displayName, this.role, this.unitId, groupIds(),
				this.enabled);
	}

	/**
	 * A residential group assigned to an area officer.
	 */
	@Table("account_group")
	record AssignedGroup(long groupId) {
	}

}

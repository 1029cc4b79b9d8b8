package vn.lachan.access.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;
import vn.lachan.territory.TerritoryCatalog;

/**
 * Loads accounts for sign-in and API tokens, and computes their scope: the bound unit and
 * every unit below it.
 */
@Service
@Transactional(readOnly = true)
class AccountPrincipals implements UserDetailsService {

	private final AccountRepository accounts;

	private final TerritoryCatalog territory;

	private final Clock clock;

	AccountPrincipals(AccountRepository accounts, TerritoryCatalog territory, Clock clock) {
		this.accounts = accounts;
		this.territory = territory;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findByUsername(username.strip())
			.map(this::principal)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

	Optional<AccountPrincipal> forAccount(long accountId) {
		return this.accounts.findById(accountId).map(this::principal);
	}

	AccountPrincipal principal(Account account) {
		return new AccountPrincipal(currentUser(account), account.passwordHash(), account.enabled(),
				account.isLocked(this.clock.instant()), account.passwordChangedAt());
	}

	CurrentUser currentUser(Account account) {
		Set<Long> scope = (account.unitId() == null || account.role() == Role.ADMIN) ? Set.of()
				: this.territory.subtreeIds(account.unitId());
		return new CurrentUser(account.id(), account.username(), account.displayName(), account.role(),
				account.unitId(), scope, account.groupIds());
	}

}

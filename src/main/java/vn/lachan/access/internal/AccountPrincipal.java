package vn.lachan.access.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.CurrentUserHolder;

/**
 * The security principal of a signed-in account: the {@link CurrentUser} every module
 * sees, plus what Spring Security needs to check a password.
 */
class AccountPrincipal implements UserDetails, CredentialsContainer, CurrentUserHolder {

	private final CurrentUser user;

	private String passwordHash;

	private final boolean enabled;

	private final boolean locked;

	private final Instant passwordChangedAt;

	AccountPrincipal(CurrentUser user, String passwordHash, boolean enabled, boolean locked,
			Instant passwordChangedAt) {
		this.user = user;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.locked = locked;
		this.passwordChangedAt = passwordChangedAt;
	}

	@Override
	public CurrentUser currentUser() {
		return this.user;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.user.role().authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.user.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	/**
	 * When the password was set as this principal was loaded: a session signed in before
	 * a later change is no longer valid.
	 */
	Instant passwordChangedAt() {
		return this.passwordChangedAt;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public String toString() {
		return "AccountPrincipal[" + this.user.username() + "]";
	}

}

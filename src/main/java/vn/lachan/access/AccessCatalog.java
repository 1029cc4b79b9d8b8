package vn.lachan.access;

import java.util.List;
import java.util.Optional;

import vn.lachan.shared.security.Role;

/**
 * What other modules may ask about accounts, e.g. the area officers of a ward.
 */
public interface AccessCatalog {

	Optional<AccountSummary> findAccount(long accountId);

	/** Enabled accounts of a role bound to the unit. */
	List<AccountSummary> accountsOf(Role role, long unitId);

}

package vn.lachan.access.web;

import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;

/**
 * Who the caller is, and what they may see.
 */
@RestController
@Tag(name = "Accounts")
class MeApiController {

	@GetMapping("/api/v1/me")
	@Operation(summary = "The signed-in account and its scope (units and assigned residential groups)")
	Me me(CurrentUser user) {
		return new Me(user.accountId(), user.username(), user.displayName(), user.role(), user.unitId(),
				user.unrestricted(), user.unitIds(), user.groupIds());
	}

	/**
	 * The caller.
	 *
	 * @param unrestricted whether the account sees every unit (administrators)
	 * @param scopeUnitIds the units whose records the account may see
	 * @param groupIds for area officers, their residential groups
	 */
	record Me(long id, String username, String displayName, Role role, Long unitId, boolean unrestricted,
			Set<Long> scopeUnitIds, Set<Long> groupIds) {
	}

}

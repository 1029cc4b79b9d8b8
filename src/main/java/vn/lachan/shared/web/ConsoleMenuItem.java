package vn.lachan.shared.web;

import java.util.Set;

import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;

/**
 * An entry of the console's navigation. Each module declares its own as beans; the layout
 * shows those whose roles include the signed-in person's, in order.
 *
 * @param labelKey the message key of the label
 * @param path the page it opens
 * @param roles who sees it; empty for every signed-in person
 * @param order where it stands, smaller first
 */
public record ConsoleMenuItem(String labelKey, String path, Set<Role> roles, int order) {

	public ConsoleMenuItem {
		roles = Set.copyOf(roles);
	}

	public boolean visibleTo(CurrentUser user) {
		return user != null && (this.roles.isEmpty() || this.roles.contains(user.role()));
	}

}

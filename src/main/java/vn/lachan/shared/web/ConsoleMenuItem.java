package vn.lachan.shared.web;

import java.util.Set;

import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;

/**
 * An entry of the console's navigation. Each module declares its own as beans; the layout
 * shows those whose roles include the signed-in person's, in order, grouped by section.
 *
 * @param labelKey the message key of the label
 * @param path the page it opens
 * @param roles who sees it; empty for every signed-in person
 * @param order where it stands within its section, smaller first
 * @param group the section of the menu it stands in
 */
public record ConsoleMenuItem(String labelKey, String path, Set<Role> roles, int order, ConsoleMenuGroup group) {

	public ConsoleMenuItem {
		roles = Set.copyOf(roles);
		group = (group != null) ? group : ConsoleMenuGroup.ofPath(path);
	}

	/** An entry in the section its path belongs to ({@link ConsoleMenuGroup#ofPath}). */
	public ConsoleMenuItem(String labelKey, String path, Set<Role> roles, int order) {
		this(labelKey, path, roles, order, null);
	}

	public boolean visibleTo(CurrentUser user) {
		return user != null && (this.roles.isEmpty() || this.roles.contains(user.role()));
	}

}

package vn.lachan.access.internal;

import vn.lachan.shared.security.Role;

/**
 * What to look for among accounts; any part may be {@code null}.
 *
 * @param text part of the username or of the display name, diacritics folded
 * @param role accounts of this role
 * @param unitId accounts bound to this unit
 */
public record AccountSearch(String text, Role role, Long unitId) {
}

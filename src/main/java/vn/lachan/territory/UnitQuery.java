package vn.lachan.territory;

import java.time.LocalDate;

/**
 * What to look for among administrative units; any part may be {@code null}.
 *
 * @param parentId units directly below this one
 * @param level units of this tier
 * @param on units valid on this date
 * @param text a name containing this text (diacritics folded) or exactly this GSO code
 */
public record UnitQuery(Long parentId, AdminLevel level, LocalDate on, String text) {
}

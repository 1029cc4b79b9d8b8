package vn.lachan.territory;

import java.util.Set;

/**
 * What to look for among places.
 *
 * @param unitIds places of these units; {@code null} for every unit
 * @param text a name or address containing this text, diacritics folded; may be
 * {@code null}
 * @param kind places of this kind; may be {@code null}
 */
public record PlaceQuery(Set<Long> unitIds, String text, PlaceKind kind) {
}

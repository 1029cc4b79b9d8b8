package vn.lachan.forces.internal;

/**
 * What to look for among teams; any part may be {@code null}.
 *
 * @param unitId teams of this unit or the units below it
 * @param kind teams of this kind
 * @param text a name containing this text (diacritics folded)
 */
public record TeamQuery(Long unitId, String kind, String text) {
}

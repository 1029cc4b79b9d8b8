package vn.lachan.forces.internal;

import java.time.LocalDate;

/**
 * What to look for among teams; any part may be {@code null}.
 *
 * @param unitId teams of this unit or the units below it
 * @param kind teams of this kind
 * @param text a name containing this text (diacritics folded)
 * @param activeOn teams active on this day (founded on or before it, not ended on or
 * before it), the way the reports count them
 */
public record TeamQuery(Long unitId, String kind, String text, LocalDate activeOn) {

	public TeamQuery(Long unitId, String kind, String text) {
		this(unitId, kind, text, null);
	}

}

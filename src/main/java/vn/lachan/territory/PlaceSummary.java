package vn.lachan.territory;

import java.math.BigDecimal;

/**
 * A place as other modules and the API see it. The QR token is left out: it is shown only
 * on the place's own page. {@code version} is what an edit must name.
 */
public record PlaceSummary(long id, long unitId, Long groupId, String name, PlaceKind kind, String address,
		BigDecimal latitude, BigDecimal longitude, int version) {
}

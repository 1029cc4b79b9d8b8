package vn.lachan.tips.internal;

import java.math.BigDecimal;

/**
 * Where a tip happened: its ward or commune, residential group, the place whose QR code
 * it came from, the address and the map pin. Given by the sender (without a place) or
 * resolved by the intake (with a place's ward, group and pin).
 *
 * @param unitId the ward or commune ({@code null} only while not yet given)
 * @param groupId the residential group, if known
 * @param placeId the place of the QR code, if any
 * @param address the address as typed
 * @param latitude map pin, if any
 * @param longitude map pin, if any
 */
public record TipPlace(Long unitId, Long groupId, Long placeId, String address, BigDecimal latitude,
		BigDecimal longitude) {

	/** A place given by a sender: no QR place. */
	public static TipPlace given(Long unitId, Long groupId, String address, BigDecimal latitude, BigDecimal longitude) {
		return new TipPlace(unitId, groupId, null, address, latitude, longitude);
	}

}

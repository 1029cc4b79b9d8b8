package vn.lachan.territory;

/**
 * What an administrative unit is: tỉnh, thành phố, huyện, thị xã, phường, xã, thị trấn.
 */
public enum AdminUnitKind {

	PROVINCE, CITY, DISTRICT, TOWN, WARD, COMMUNE, TOWNSHIP;

	/** Maps the GSO's Vietnamese kind (TINH, THANH_PHO, PHUONG, XA ...) to ours. */
	public static AdminUnitKind fromGso(String gso) {
		return switch (gso) {
			case "TINH", "THANH_PHO_TRUNG_UONG" -> PROVINCE;
			case "THANH_PHO" -> CITY;
			case "HUYEN", "QUAN" -> DISTRICT;
			case "THI_XA" -> TOWN;
			case "PHUONG" -> WARD;
			case "XA" -> COMMUNE;
			case "THI_TRAN" -> TOWNSHIP;
			default -> throw new IllegalArgumentException("Unknown unit kind " + gso);
		};
	}

}

package vn.lachan.residence;

/**
 * What kind of place guests stay at (cơ sở lưu trú).
 */
public enum AccommodationKind {

	/** Hộ gia đình. */
	HOUSEHOLD,
	/** Nhà trọ, phòng trọ. */
	BOARDING_HOUSE,
	/** Nhà nghỉ. */
	GUEST_HOUSE,
	/** Khách sạn. */
	HOTEL,
	/** Ký túc xá, nhà ở tập thể. */
	DORMITORY,
	/** Cơ sở khám, chữa bệnh. */
	MEDICAL

}

package vn.lachan.forces;

/**
 * What a team did in the field.
 */
public enum ActivityKind {

	/** Tuần tra. */
	PATROL,
	/** Tuyên truyền. */
	AWARENESS_SESSION,
	/** Đến từng hộ gia đình. */
	HOUSEHOLD_VISIT,
	/** Cung cấp thông tin. */
	INFORMATION_REPORTED,
	/** Hỗ trợ công an. */
	POLICE_SUPPORT,
	/** Phòng cháy, cứu nạn. */
	FIRE_RESCUE

}

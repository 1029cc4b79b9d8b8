package vn.lachan.shared.security;

/**
 * The roles of staff and hosts. Scope is data: every account is bound to an
 * administrative unit, area officers also to residential groups.
 */
public enum Role {

	/** Quản trị hệ thống: every unit. */
	ADMIN,
	/** Ban Chỉ đạo 138 thành phố: the city and everything below it. */
	COMMITTEE,
	/** Công an / UBND phường, xã: one ward or commune. */
	WARD_OFFICER,
	/** Cảnh sát khu vực: the residential groups assigned to them. */
	AREA_OFFICER,
	/** Tổ viên tổ bảo vệ ANTT cơ sở: their own team. */
	FORCE_MEMBER,
	/** Hòa giải viên: their own mediation team. */
	MEDIATOR,
	/** Chủ cơ sở lưu trú: their own accommodations. */
	HOST;

	public String authority() {
		return "ROLE_" + name();
	}

}

package vn.lachan.territory;

/**
 * Tổ dân phố (in wards), thôn and xóm (in communes).
 */
public enum ResidentialGroupKind {

	RESIDENTIAL_GROUP, VILLAGE, HAMLET

}

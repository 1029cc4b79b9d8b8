package vn.lachan.territory;

/**
 * The tier of an administrative unit: province, district (abolished on 2025-07-01) or
 * commune (phường, xã, thị trấn).
 */
public enum AdminLevel {

	PROVINCE, DISTRICT, COMMUNE

}

package vn.lachan.residence.internal;

/**
 * Which notification duty applies to a guest: citizens under Luật Cư trú, foreigners
 * under Luật 47/2014/QH13.
 */
public enum GuestKind {

	CITIZEN, FOREIGNER;

	public static GuestKind ofNationality(String nationality) {
		return "VN".equalsIgnoreCase(nationality) ? CITIZEN : FOREIGNER;
	}

}

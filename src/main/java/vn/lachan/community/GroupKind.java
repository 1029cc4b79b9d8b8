package vn.lachan.community;

/** What binds a community group's members together. */
public enum GroupKind {

	MARKET_TRADERS, RESIDENTIAL_HOUSEHOLDS, BUILDING_RESIDENTS, SCHOOL_PARENTS

}

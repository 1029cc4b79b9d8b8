package vn.lachan.community;

/** What a broadcast is aimed at: groups, whole units, residential groups or places. */
public enum TargetKind {

	GROUP, UNIT, RESIDENTIAL_GROUP, PLACE

}

package vn.lachan.forces.internal;

/**
 * A member's sex, as the mediation team's composition rule needs it.
 */
public enum Sex {

	FEMALE, MALE

}

package vn.lachan.programs.internal;

/**
 * Where a model's deployment stands.
 */
public enum DeploymentStatus {

	PLANNED, OPERATING, SUSPENDED, ENDED

}

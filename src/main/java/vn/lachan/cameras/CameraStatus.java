package vn.lachan.cameras;

/**
 * Whether a camera works: active, faulty or removed.
 */
public enum CameraStatus {

	ACTIVE, FAULTY, REMOVED

}

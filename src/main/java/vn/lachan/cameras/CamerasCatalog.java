package vn.lachan.cameras;

import java.util.List;

import vn.lachan.shared.security.CurrentUser;

/**
 * What other modules may ask of the cameras.
 */
public interface CamerasCatalog {

	/** A camera within the user's scope; NotFoundException (404) otherwise. */
	CameraSummary camera(CurrentUser user, long cameraId);

	/** The active, confirmed cameras of a ward whose view cone holds the point. */
	List<CameraSummary> camerasSeeing(long unitId, double latitude, double longitude);

}

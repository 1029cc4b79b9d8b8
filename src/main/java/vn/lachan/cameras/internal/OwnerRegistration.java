package vn.lachan.cameras.internal;

import java.util.List;

/**
 * What an owner's registration gives back: the cameras and the private link's token,
 * shown once.
 */
public record OwnerRegistration(long ownerId, List<Long> cameraIds, String linkToken) {

	@Override
	public String toString() {
		return "OwnerRegistration[ownerId=" + this.ownerId + "]";
	}

}

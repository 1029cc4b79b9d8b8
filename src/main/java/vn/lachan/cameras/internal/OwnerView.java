package vn.lachan.cameras.internal;

import java.util.List;

import vn.lachan.cameras.CameraSummary;
import vn.lachan.cameras.OwnerKind;

/**
 * What an owner sees through their private link: their own details and their own cameras
 * only.
 */
public record OwnerView(long ownerId, long unitId, OwnerKind kind, String name, String contact, String email,
		List<CameraSummary> cameras) {
}
